"""Call-reading mechanisms of round 12 (contact), tested in wording of our own, never the blind lines."""

import pytest

from postcall.extraction import analyze_call
from postcall.extraction.contact import company_in, names_in
from postcall.facts import CallFacts
from postcall.session import TranscriptTurn


def _call(*turns: str) -> CallFacts:
    roles = ("assistant", "user")
    return analyze_call([TranscriptTurn(role=roles[n % 2], text=t) for n, t in enumerate(turns)], [])


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
