"""Call-reading mechanisms of round 12 (contact, sellers) in our own wording, never the blind lines."""

import json
import re
from pathlib import Path

import pytest

from postcall.extraction.contact import company_in, names_in, phones_in
from postcall.extraction.intent import SELLER_MORE, SELLER_MORE_TRIGGERS, SERVICE_FOR, SERVICE_TRIGGERS
from tests.unit.extraction.turns import call as _call

A = "Thanks for calling Docketly! How can I help?"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # letters outside ASCII anywhere in a name, also as its first letter
        ("hi, my name is Łukasz Wróbel, I run a small print shop", ("Łukasz", "Wróbel")),
        ("this is Tomáš Dvořák from the parish office", ("Tomáš", "Dvořák")),
        ("yes, I'm Nguyễn Thị, calling about pricing", ("Nguyễn", "Thị")),
        ("sure, Ólafur Þórsson here, we export fish", ("Ólafur", "Þórsson")),
        ("we ship to Ürümqi and Łódź every week", None),  # places are no names
    ],
)
def test_names_with_letters_outside_ascii(text: str, expected: tuple[str, str] | None) -> None:
    # Given a caller whose name has Latin letters beyond A-Z
    # When the utterance is read
    # Then the whole name is theirs, each word whole
    assert names_in(text, None) == expected


def test_a_name_outside_ascii_answering_the_agent_is_no_company() -> None:
    # Given a caller who answers the question about their name with a name beyond ASCII
    facts = _call(
        "Thanks for calling Docketly! How can I help?",
        "we are already your customer and the reminders stopped going out",
        "Sorry about that. What's your name for the ticket?",
        "Radosław Kępa. please hurry",
    )
    # Then it is their first and last name, and not their company
    assert (facts.contact.first_name, facts.contact.last_name, facts.contact.company) == (
        "Radosław",
        "Kępa",
        None,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("good day, I am calling from the company Śląsk Logistyka, we move freight", "Śląsk Logistyka"),
        ("we are a client since March, company Brightfjord, we do tours in Bergen", "Brightfjord"),
        ("my business Hollow Oak Candles. I sell at markets", "Hollow Oak Candles"),
        ("we order through the firm Østergaard Holm in Aarhus", "Østergaard Holm"),
        # the noun says what the words after it are only when the name ends there
        ("we keep our company Facebook page pretty busy", None),
        ("the company Slack is where we talk", None),
    ],
)
def test_a_noun_that_names_the_company_after_it(text: str, expected: str | None) -> None:
    # Given "the company X" / ", company X," said by the caller
    found = company_in(text, None, set())
    # Then X is the company, non-ASCII letters and all
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title before one name: that name is the surname
        ("hello, I'm Doctor Abernathy from the clinic on Fifth", (None, "Abernathy")),
        ("this is Mrs. Okonkwo, I handle the paperwork", (None, "Okonkwo")),
        ("Professor Lindqvist here, from the music department", (None, "Lindqvist")),
        # a title before two names keeps both
        ("my name is Dr. Helena Marsh, I run a dental office", ("Helena", "Marsh")),
        # a name taken back at once: the one after the take-back is theirs
        (
            "this is Mister Albers... no, sorry, he is my boss, I'm the office manager, Tove Lind",
            ("Tove", "Lind"),
        ),
        # a take-back with no new name keeps the first
        ("I'm Quentin, no, we don't have an account yet", ("Quentin", None)),
        # a comma, then a longer capitalised run: a business, not a surname
        ("hey, this is Hank, Blue Mesa Tire and Lube", ("Hank", None)),
        ("it's Odile, Odile Ferrand, from the bakery", ("Odile", "Ferrand")),
    ],
)
def test_titles_take_backs_and_a_business_after_a_comma(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    # Given a caller introducing themselves with a title, a take-back, or their business after a comma
    # Then the first and last names are the person's own
    assert names_in(text, None) == expected


def test_a_title_and_surname_then_the_first_name_later() -> None:
    # Given a caller who gives a title and surname, and later their full name
    facts = _call(
        "Thanks for calling Docketly! How can I help?",
        "hi, this is Doctor Vasquez, we need patients to sign consent forms",
        "Happy to help. Could I get your full name and email?",
        "sure, Marisa Vasquez, and it's m vasquez at vasquez ortho dot com",
    )
    # Then the first name is the one said later, never the title
    assert (facts.contact.first_name, facts.contact.last_name) == ("Marisa", "Vasquez")


def test_a_title_and_surname_alone_give_no_first_name() -> None:
    # Given a caller who only ever gives a title and surname
    facts = _call("Thanks for calling Docketly!", "yes, Doctor Fairweather here, do you do HIPAA forms?")
    # Then the surname is kept and the first name is left empty, not the title
    assert (facts.contact.first_name, facts.contact.last_name) == (None, "Fairweather")


@pytest.mark.parametrize(
    ("text", "asked", "expected"),
    [
        # the agent asking for details or a number: a bare number is the caller's
        (
            "sure thing. four one five, five five five, zero one two three.",
            "I can pass on your details.",
            True,
        ),
        ("three one two, five five five, zero one nine nine", "What's the best number for you?", True),
        # the caller saying after the number that it is theirs
        ("nine one seven, five five five, zero one six six, ask for Imelda", None, True),
        ("two oh six, five five five, zero one one eight, that's my cell", "Anything else?", True),
        # the agent saying "wrong number" asks for none
        (
            "oh, the card says three one two, five five five, zero one nine nine",
            "I think you have the wrong number.",
            False,
        ),
        # the number of the place the caller meant to reach
        (
            "dialed wrong. it's supposed to be the pharmacy, five oh three, five five five, oh one four four",
            "Sorry, wrong number, this is Docketly.",
            False,
        ),
        ("I was trying to call seven one eight, five five five, zero one three three", None, False),
        # unless the caller claims it in the same sentence
        (
            "I was trying to reach sales, call me at seven one eight, five five five, zero one three three",
            None,
            True,
        ),
    ],
)
def test_whose_phone_number_it_is(text: str, asked: str | None, expected: bool) -> None:
    # Given a phone number said in a caller turn, with the agent's turn before it
    # When the turn is read
    # Then it is the caller's only when they or the agent's question make it theirs
    assert bool(phones_in(text, asked)) is expected


def test_a_wrong_number_caller_keeps_their_own_number_but_not_the_one_they_meant() -> None:
    # Given a caller who leaves their own number, then reads the number of the bakery they meant to reach
    facts = _call(
        "Thanks for calling Docketly! How can I help?",
        "hi, is my cake ready? for Pip. my number is four oh four, five five five, oh one nine one",
        "I'm sorry, I think you have the wrong number. This is Docketly.",
        "oh no. I meant to call the bakery, four oh four, five five five, zero one two seven",
    )
    # Then the caller's own number is kept and the bakery's is not
    assert (facts.disqualifier, facts.contact.phone) == ("wrong_number", "404-555-0191")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the caller saying what the name just said is
        (
            "I do wedding videos, mostly solo. Golden Hour Reels, that's the business name",
            "Golden Hour Reels",
        ),
        ("um, Copper Kettle, that is, uh, the company name, we cater", "Copper Kettle"),
        ("Bramble Row is my business, I make soap", "Bramble Row"),
        # a school the caller studies at is no company of theirs
        ("I'm a sophomore at Lakemont Community College doing a report", None),
        ("hi, I'm an MBA student from Corrigan Business School", None),
        ("so I'm studying accounting at Harlow State University", None),
        # while a school the caller works at is
        ("I'm the registrar at Lakemont Community College", "Lakemont Community College"),
        (
            "I'm a grad student, but I also run a tutoring company, Brightpath Tutors, that's the business",
            "Brightpath Tutors",
        ),
    ],
)
def test_a_name_said_to_be_the_company_and_a_school_the_caller_studies_at(
    text: str, expected: str | None
) -> None:
    # Given a caller naming a business by what they say of it, or the school they attend
    found = company_in(text, None, set())
    # Then the business is the company and the school is not
    assert (found[0] if found else None) == expected


def test_a_run_the_email_domain_spells_is_the_company() -> None:
    # Given a caller who names the business only in passing, then spells an email at its domain
    facts = _call(
        "Thanks for calling Docketly! How can I help?",
        "hey. I mow lawns, Fernwood Gardens, mostly residential, and the contracts are killing me",
        "Happy to help. What's your name and email?",
        "Ruth. ruth at fernwood gardens dot com",
    )
    # Then the run the domain spells is the company
    assert (facts.contact.first_name, facts.contact.company) == ("Ruth", "Fernwood Gardens")


def test_an_email_domain_is_no_reason_to_cut_a_name_or_take_the_callers_own() -> None:
    # Given a longer company name than the domain, and a domain that spells the caller's own name
    longer = _call(
        "Thanks for calling Docketly!",
        "I'm the office manager at Quarry Hill Dental Group, we have nine staff",
        "What's your email?",
        "it's gina at quarryhill dot com",
    )
    own = _call(
        "Thanks for calling Docketly!",
        "this is Mara Lindgren, I'm a solo bookkeeper",
        "What's your email?",
        "mara at maralindgren dot com",
    )
    # Then the longer name stays whole and a person's name is no company
    assert (longer.contact.company, own.contact.company) == ("Quarry Hill Dental Group", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "here is <name>" as callers from several languages put it
        ("good morning, here is Jörg Brandt from Brandt Metallbau", ("Jörg", "Brandt")),
        # "it's" then one or two names, then where they are from, with or without a greeting first
        ("it's Renée Duval, from the gallery on Pine", ("Renée", "Duval")),
        ("hey, it's Tobias with the youth league", ("Tobias", None)),
        # a title before a name in a greeting with "here"
        ("hi, Mrs. Castellanos here, about the school forms", (None, "Castellanos")),
        ("Dr. Obi Nwosu here, from the urgent care", ("Obi", "Nwosu")),
    ],
)
def test_names_after_here_is_its_and_a_title_with_here(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    # Given a caller naming themselves in these greetings
    # Then their own first and last names are read, a title never as a first name
    assert names_in(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my bookkeeper's number is three one two, five five five, zero one seven seven", False),
        ("Dana's cell is three one two, five five five, zero one seven seven, she signs for us", False),
        ("our office's main line is three one two, five five five, zero one seven seven", True),
        ("my cell is three one two, five five five, zero one seven seven", True),
    ],
)
def test_someone_elses_number_is_not_the_callers(text: str, expected: bool) -> None:
    # Given a number the caller says belongs to someone else, or to their own office
    # Then only their own or their office's is the caller's phone
    assert bool(phones_in(text, None)) is expected


def test_a_title_the_agent_greets_by_is_no_first_name() -> None:
    # Given a caller who opens with a title and surname, and an agent who greets them by the title
    facts = _call(
        A,
        "hello, Doctor Ilves, I run a small sleep clinic",
        "Hello Doctor. How can I help?",
        "we need consent forms signed, about sixty a month",
    )
    # Then the surname is theirs and the title is never their first name
    assert (facts.contact.first_name, facts.contact.last_name) == (None, "Ilves")


def test_a_number_meant_for_another_place_even_with_my_in_the_sentence() -> None:
    # Given a caller who meant to call their own insurer and reads its number
    found = phones_in(
        "oops, I meant to call my insurer, eight oh one, five five five, zero one nine two", None
    )
    # Then it is not the caller's number
    assert found == []


def test_a_run_opening_with_the_callers_surname_is_their_business() -> None:
    # Given a caller who names themselves, then in the next sentence a business named after them
    facts = _call(A, "good morning, this is Maëlle Garnier. Garnier Ébénisterie, we build kitchens")
    # Then the longer run is the company and the name stays theirs
    assert (facts.contact.first_name, facts.contact.last_name, facts.contact.company) == (
        "Maëlle",
        "Garnier",
        "Garnier Ébénisterie",
    )


@pytest.mark.parametrize(
    "turns",
    [
        (
            "hi, I'm with a benefits brokerage, we set up group health plans for companies your size",
            "Are you looking to use Docketly?",
            "no, I'm offering to help you. could I get ten minutes with your HR lead?",
        ),
        ("good afternoon, we are agency from Kraków, we do QA testing, cheaper than your own developers",),
        ("hello, could you give me the email of your CTO? we build custom integrations",),
        ("we're hoping to help your office with a new coffee service, who should I talk to",),
        # a service made for us by our name, us invited to join, our own buyers of services asked for
        ("hi, I run a small animation studio and we'd love to make an explainer video for Docketly",),
        ("good morning, we'd like Docketly to join us as a sponsor of the spring expo",),
        ("hi, we supply office plants. could you connect me to whoever handles your facilities?",),
    ],
)
def test_sellers_of_services_to_us_in_new_words(turns: tuple[str, ...]) -> None:
    # Given a caller selling something to us, said in words no earlier frame had
    texts = [t for pair in zip(turns, ["Okay."] * len(turns), strict=True) for t in pair][:-1]
    facts = _call(A, *texts)
    # Then the call is a vendor pitch, without intent
    assert (facts.disqualifier, facts.intent) == ("vendor_pitch", False)


@pytest.mark.parametrize(
    "text",
    [
        "we'd like a call with your sales team about forty seats",
        "we're looking to help our clients sign faster, what's the price for ten seats?",
        "we have twelve agents and want pricing, is the yearly plan cheaper than your monthly one?",
        "I'm an MBA student but I also run my family's bakery business, can we get pricing for six users?",
        "we'd love to build a signing workflow for our team, can we see a demo? there are twenty of us",
        "could you connect me to whoever handles your sales? we need pricing for thirty seats",
        "we'd like you to become our e-signature vendor, what's the price for twelve seats?",
        # a buyer's own title, and a buyer asking for our sales people (these were read as sellers)
        "I'm the head of sales at Marlow Freight, we have twenty reps and need pricing for twenty seats",
        "hi, can I talk to whoever handles sales? we need a quote for fifteen seats",
    ],
)
def test_buyers_near_the_new_seller_frames_are_not_disqualified(text: str) -> None:
    # Given a buyer whose words come close to the new seller and student frames
    facts = _call(A, text)
    # Then they are not disqualified and their request is intent
    assert (facts.disqualifier, facts.intent) == (None, True)


def test_the_seller_pre_check_never_hides_a_match() -> None:
    # Given every caller turn of the blind rounds and the sentences of this file
    here = Path(__file__).parent
    texts = [
        t["text"]
        for f in sorted(here.glob("blind*/calls.jsonl"))
        for line in f.read_text().splitlines()
        if line.strip()
        for t in json.loads(line)["transcript"]
        if t["role"] == "user"
    ]
    texts += re.findall(r'"([^"\n]{20,})"', Path(__file__).read_text())
    # When an extra seller frame matches a text
    hidden = [
        text
        for pattern, triggers in ((SELLER_MORE, SELLER_MORE_TRIGGERS), (SERVICE_FOR, SERVICE_TRIGGERS))
        for text in texts
        if pattern.search(text) and not any(t in text.lower() for t in triggers)
    ]
    # Then one of its trigger substrings is in the text, so the pre-check would not have skipped it
    assert hidden == []
