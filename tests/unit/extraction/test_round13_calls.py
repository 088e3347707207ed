"""Call reading of round 13 (disqualifiers, intent, urgency) in our own wording, never the blind lines."""

import pytest

from postcall.extraction import analyze_call
from postcall.facts import CallFacts
from postcall.session import TranscriptTurn
from postcall.tiers import is_fit, tier_for

A = "Thanks for calling Docketly! How can I help?"


def _call(*turns: str) -> CallFacts:
    roles = ("assistant", "user")
    return analyze_call([TranscriptTurn(role=roles[n % 2], text=t) for n, t in enumerate(turns)], [])


def _tier(facts: CallFacts) -> str:
    return tier_for(fit=is_fit(facts.signals), intent=facts.intent, disqualifier=facts.disqualifier)


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
    ],
)
def test_a_student_who_runs_an_organisation_and_asks_a_price_buys(turns: tuple[str, ...]) -> None:
    # Given a caller who studies but speaks for an organisation of their own and asks a price
    facts = _call(A, turns[0], "Great, what can I do for you?", *turns[1:])
    # When the call is read
    # Then they are no student disqualifier and the call is hot
    assert (facts.disqualifier, _tier(facts)) == (None, "hot")
