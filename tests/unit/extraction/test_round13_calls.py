"""Call reading of round 13 (disqualifiers, intent, urgency) in our own wording, never the blind lines."""

import pytest

from postcall.session import ToolCall
from tests.unit.extraction.turns import call as _call
from tests.unit.extraction.turns import tier as _tier

A = "Thanks for calling Docketly! How can I help?"


@pytest.mark.parametrize(
    "turns",
    [
        # a business word that names a class, and an obligation to interview a company, are no organisation
        (
            "hey, so I'm a student at Lakeside Academy, we have an assignment in my economics class to "
            "interview a company about how they sell",
            "so how much does it cost for like ten people? we have to turn it in Monday",
        ),
        # a bare "our group" is the project group
        (
            "hi! I'm a student at Northgate, our group is six people and we're comparing software prices",
            "what's the price per seat? the presentation is tomorrow",
        ),
        (
            "I'm a student at Bayview College, we have to pick a company for our business project",
            "how much is your team plan?",
        ),
    ],
)
def test_a_student_asking_prices_for_a_class_is_cold(turns: tuple[str, ...]) -> None:
    # Given a student whose class words sit near business nouns, asking a price
    facts = _call(A, turns[0], "Sure, what would you like to know?", *turns[1:])
    # When the call is read
    # Then the caller is a student and the call is cold, whatever the group's size or the due date
    assert (facts.disqualifier, _tier(facts)) == ("student", "cold")


@pytest.mark.parametrize(
    "turns",
    [
        # a student who also runs an organisation and asks to buy is a buyer
        (
            "I'm a part-time student but I also run a landscaping business, we have eight employees",
            "how much does it cost for eight users?",
        ),
        # a group with a modifier is an organisation
        (
            "I'm a student at night school, and I manage our dental group, eleven staff",
            "what's the price for eleven seats?",
        ),
        (
            "I'm a student at State, but I also manage our family's accounting firm, nine of us",
            "what would ten seats cost?",
        ),
        # "our group of clinics" is an organisation
        (
            "I'm a nursing student, and our group of clinics has forty staff",
            "how much does it cost per seat?",
        ),
    ],
)
def test_a_student_who_runs_an_organisation_and_asks_a_price_buys(turns: tuple[str, ...]) -> None:
    # Given a caller who studies but speaks for an organisation of their own and asks a price
    facts = _call(A, turns[0], "Great, what can I do for you?", *turns[1:])
    # When the call is read
    # Then they are no student disqualifier and the call is hot
    assert (facts.disqualifier, _tier(facts)) == (None, "hot")


@pytest.mark.parametrize(
    "turns",
    [
        # the trial named by the caller in an earlier turn
        (
            "hi, we signed up for your trial last week",
            "How is it going?",
            "fine, but it runs out Friday. can you extend it a week?",
        ),
        # named by the agent's question
        (
            "hello, it's Rui from Tallow Bakery",
            "How's your trial going so far?",
            "slowly, honestly. could we get a few more days?",
        ),
    ],
)
def test_a_trial_named_earlier_is_what_the_caller_asks_to_extend(turns: tuple[str, ...]) -> None:
    # Given a caller who asks for more time in a turn that does not say "trial"
    facts = _call(A, *turns)
    # When the call is read
    # Then the ask is a trial extension, which is buying intent
    assert "trial_extension" in facts.intent_kinds


@pytest.mark.parametrize(
    "turns",
    [
        # a refusal of more time
        (
            "we're on your trial right now",
            "Would you like more time?",
            "no, don't extend it, we've seen enough",
        ),
        # no trial anywhere: "extend it" is about something else
        ("we have a lease on our office", "Okay.", "could you extend it two weeks?"),
    ],
)
def test_more_time_refused_or_without_a_trial_is_no_extension(turns: tuple[str, ...]) -> None:
    # Given a caller who speaks of extending without asking for a trial's extension
    facts = _call(A, *turns)
    # When the call is read
    # Then no trial extension is read
    assert "trial_extension" not in facts.intent_kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("our board won't sign off without a formal proposal, so could you send us one?", "quote"),
        ("my partner wants to see a demo before we decide, could we book one for Tuesday?", "demo"),
        ("the treasurer needs an estimate in writing. please email me one", "quote"),
        ("we get a quote from every vendor we look at, could you send me one?", "quote"),  # theirs to us
    ],
)
def test_a_buying_object_named_first_and_asked_for_as_one_is_a_request(text: str, kind: str) -> None:
    # Given a caller who names what they need and then asks for "one"
    facts = _call(A, text)
    # When the call is read
    # Then it is a request of that kind
    assert kind in facts.intent_kinds


@pytest.mark.parametrize(
    "text",
    [
        "our quote template looks awful, could you send me one?",  # the caller's own document
        "we email a proposal to every client, and they sign it",  # no ask
        "I don't need a demo, so please don't send me one",  # declined
        "we give every client a quote, and I'd love one that looks nicer",  # a document the caller makes
    ],
)
def test_one_that_is_the_callers_own_or_declined_is_no_request(text: str) -> None:
    # Given "one" after an object that is the caller's own, or no ask, or a refusal
    facts = _call(A, text)
    # When the call is read
    # Then no buying intent is read
    assert facts.intent is False


@pytest.mark.parametrize(
    "answer",
    [
        # a no to the timeline, then a near time about something else
        "no, our current contract has ten months left. I'm off to a conference next week, so just email me",
        # the caller's own busy week
        "honestly I'm swamped this week, so whenever you can send info is fine",
        "nah, not really. we've got a board meeting on Thursday though, that's why I'm brief",
        # the caller away, said as no deadline
        "honestly I'm slammed this week and out on vacation next week, so sometime after that",
    ],
)
def test_a_near_time_about_something_else_is_no_urgency(answer: str) -> None:
    # Given a caller asked for a timeline who names a near time that is not about buying
    facts = _call(A, "we're a firm of twelve lawyers", "Is there a timeline for switching?", answer)
    # When the call is read
    # Then there is no buying urgency
    assert facts.signals.urgency is False


@pytest.mark.parametrize(
    "answer",
    [
        "no, but our old contract ends next Friday and we need something in place by then",
        "I'm swamped this week, which is why we need this live by next week",
        "next month, ideally",
        "I'll be out of the office next week, so we need it live by this Friday",
        "we need it set up before I'm away next week",
        "yes, end of the month, the old tool shuts off",
    ],
)
def test_a_near_time_for_buying_after_a_no_or_a_busy_week_is_urgency(answer: str) -> None:
    # Given a caller asked for a timeline who ties a near time to buying
    facts = _call(A, "we're a firm of twelve lawyers", "Is there a timeline for switching?", answer)
    # When the call is read
    # Then it is buying urgency
    assert facts.signals.urgency is True


@pytest.mark.parametrize(
    ("opening", "greeting", "expected"),
    [
        # the agent greets by the first two of three names: a given name of two words
        (
            "hi, Ana Lucia Ferreira here, from a dental lab",
            "Hi Ana Lucia. How can I help?",
            ("Ana Lucia", "Ferreira"),
        ),
        (
            "hello, this is Jae Won Park, I run a bakery",
            "Hello Jae Won! What can I do for you?",
            ("Jae Won", "Park"),
        ),
        # greeted by one name: one given name and a surname
        ("hi, Dana Ruiz here, from a small realty office", "Hi Dana. How can I help?", ("Dana", "Ruiz")),
    ],
)
def test_a_given_name_of_two_words_is_what_the_agent_greets_by(
    opening: str, greeting: str, expected: tuple[str, str]
) -> None:
    # Given a caller who says their names and an agent who greets them
    facts = _call(A, opening, greeting, "just looking around, thanks")
    # When the call is read
    # Then the given name is the words the agent greeted by, and the surname the rest
    assert (facts.contact.first_name, facts.contact.last_name) == expected


@pytest.mark.parametrize(
    ("text", "email"),
    [
        # a note on how to write the words before it is no part of the address
        ("sure, front desk, all one word, at harbor inn dot com", "frontdesk@harborinn.com"),
        ("it's mary jo, no spaces, at quill dot io", "maryjo@quill.io"),
        # a pause alone
        ("sure, front desk, at harbor inn dot com", "frontdesk@harborinn.com"),
    ],
)
def test_a_spelling_note_inside_a_spoken_email_is_skipped(text: str, email: str) -> None:
    # Given an email dictated with a note on how to write it
    facts = _call(A, "we're a little inn", "What's the best email?", text)
    # When the call is read
    # Then the address is the words without the note
    assert facts.contact.email == email


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("hi, Ruth here. I'm with, uh... Brightline.", "Brightline"),  # a pause between the cue and the name
        ("good morning, I am logistics lead in Nordvik Distribution, we move parts", "Nordvik Distribution"),
        ("I'm the owner at, um - Copperleaf Recruitment", "Copperleaf Recruitment"),
        ("hi, I'm a sales manager in Salt Lake City, just curious", None),  # a place is no company
    ],
)
def test_companies_after_a_pause_or_with_a_trade_head(text: str, company: str | None) -> None:
    # Given a caller naming where they work
    facts = _call(A, text)
    # When the call is read
    # Then the company is the business named, never a place
    assert facts.contact.company == company


@pytest.mark.parametrize(
    "turns",
    [
        # a competitor benchmarking prices
        (
            "hi, I work at a rival e-signature vendor, we're benchmarking",
            "Okay.",
            "what do you charge per seat?",
        ),
        # a seller asking for a demo as a way in for a pitch
        (
            "we help SaaS companies like yours hire engineers",
            "We're not interested.",
            "could I get a demo then?",
        ),
        # a student's price question for a class
        ("I'm a student at Marlow High, it's for my business class", "Sure.", "how much does it cost?"),
    ],
)
def test_a_request_from_a_caller_who_is_no_buyer_is_no_intent(turns: tuple[str, ...]) -> None:
    # Given a student, seller or competitor who asks a price or a demo
    facts = _call(A, *turns)
    # When the call is read
    # Then the call is disqualified and the request is no buying intent
    assert (facts.disqualifier is not None, facts.intent) == (True, False)


def test_a_meeting_booked_by_a_seller_stays_intent_and_a_buyer_request_stays_intent() -> None:
    # Given a seller whose meeting was booked, and a buyer asking a price
    seller = _call(
        A,
        "we help SaaS companies like yours hire engineers, book me in",
        tools=[ToolCall(name="book_sales_meeting", arguments={"customer_name": "Ola Berg"}, success=True)],
    )
    buyer = _call(A, "we're a law firm of twelve, what do you charge per seat?")
    # When the calls are read
    # Then the booked meeting is intent (a fact of the call) and so is the buyer's request
    assert (seller.disqualifier, seller.intent_kinds, buyer.intent_kinds) == (
        "vendor_pitch",
        ["meeting_booked"],
        ["pricing"],
    )


@pytest.mark.parametrize(
    "turns",
    [
        # a pupil at a named school, set an exercise of calling a company
        (
            "hi, so I go to Westbrook High and for econ we're supposed to call a real company about prices",
            "ok so how much is it for a team of ten? it's due Thursday",
        ),
        (
            "hey, me and three classmates have a marketing assignment about software",
            "what's the price per user?",
        ),
        (
            "hi, I'm in ninth grade and we're doing a project on companies in our town",
            "how much does it cost?",
        ),
    ],
)
def test_a_pupil_or_classmates_asking_prices_are_students(turns: tuple[str, ...]) -> None:
    # Given a school pupil or a group of classmates who ask a price
    facts = _call(A, turns[0], "Sure, go ahead.", *turns[1:])
    # When the call is read
    # Then the caller is a student and the price question is no buying intent
    assert (facts.disqualifier, facts.intent, _tier(facts)) == ("student", False, "cold")


@pytest.mark.parametrize(
    "turns",
    [
        # staff of a school buy for it
        (
            "hi, I teach at Maple Grove Elementary, we're a school of forty teachers with permission slips",
            "how much would it cost for the whole staff?",
        ),
        ("hello, I run admissions at a business school, twelve of us in the office", "can you send pricing?"),
        # a parent whose child goes to a school
        (
            "my daughter goes to Westbrook High, but I'm calling for my print shop, nine staff",
            "how much is it?",
        ),
    ],
)
def test_school_staff_and_parents_asking_prices_buy(turns: tuple[str, ...]) -> None:
    # Given school staff or a parent asking a price for their organisation
    facts = _call(A, turns[0], "Sure, go ahead.", *turns[1:])
    # When the call is read
    # Then nobody is a student and the call is hot
    assert (facts.disqualifier, _tier(facts)) == (None, "hot")


def test_another_week_on_a_trial_the_agent_named_is_an_extension() -> None:
    # Given a caller on the trial the agent asks about, who asks for another week
    facts = _call(
        A, "hi, it's Ola from Ferry Books", "Are you on our free trial?", "yes, could we have another week?"
    )
    # When the call is read
    # Then it is a trial extension
    assert "trial_extension" in facts.intent_kinds


@pytest.mark.parametrize(
    ("turns", "disqualifier"),
    [
        # a service sold to businesses of our kind, then a demo as a way in
        (
            (
                "hi, I'm with Brightpath Leads, we book qualified meetings for SaaS sales teams",
                "We're not looking for that.",
                "totally, maybe I could just hop on a demo with your team and show you?",
            ),
            "vendor_pitch",
        ),
        # goods offered to businesses around us
        (
            (
                "hello, we supply office coffee machines to companies in your area",
                "Okay.",
                "who decides on that?",
            ),
            "vendor_pitch",
        ),
        # an applicant: hiring said of us and an application
        (
            (
                "hi, I saw you're hiring account executives and wanted to check on my application",
                "I can't help with that here.",
                "ok, do you know who the recruiter is?",
            ),
            "job_seeker",
        ),
    ],
)
def test_sellers_and_applicants_in_new_words(turns: tuple[str, ...], disqualifier: str) -> None:
    # Given a seller or an applicant in words the earlier frames lacked
    facts = _call(A, *turns)
    # When the call is read
    # Then the call is disqualified, and no request of theirs is buying intent
    assert (facts.disqualifier, facts.intent) == (disqualifier, False)


@pytest.mark.parametrize(
    "turns",
    [
        (
            "we build websites for restaurants, eight designers on staff",
            "Okay.",
            "can I get pricing for eight?",
        ),
        (
            "we deliver office supplies to companies in the Denver area, ten reps",
            "Okay.",
            "what's the price?",
        ),
        (
            "we're hiring five reps this month, so offer letters pile up, twelve of us",
            "Okay.",
            "how much is it?",
        ),
    ],
)
def test_buyers_near_the_new_seller_and_applicant_words_buy(turns: tuple[str, ...]) -> None:
    # Given buyers whose business serves others or who are hiring themselves
    facts = _call(A, *turns)
    # When the call is read
    # Then they are not disqualified and the call is hot
    assert (facts.disqualifier, _tier(facts)) == (None, "hot")
