"""Call reading of rounds 14 and 15 (disqualifiers, intent, contact) in our own words, not the blind lines."""

import pytest

from tests.unit.extraction.turns import call as _call
from tests.unit.extraction.turns import tier as _tier

A = "Thanks for calling Docketly! How can I help?"


@pytest.mark.parametrize(
    "question",
    [
        "Are you looking to get started this month?",
        "Were you hoping to get going before the new season?",
        "Are you looking to get a team plan?",
    ],
)
def test_a_question_about_starting_is_no_question_about_a_wrong_number(question: str) -> None:
    # Given a small caller who is asked whether they want to start soon, and says not yet
    facts = _call(
        A,
        "hi, I do home inspections on my own, about six reports a month need a client signature",
        question,
        "no, not yet, I'm only looking around for now",
    )
    # When the call is read
    # Then nothing disqualifies them: the agent did not ask whether they meant another business
    assert (facts.disqualifier, _tier(facts)) == (None, "cold")
    assert facts.signals.monthly_volume == 6


@pytest.mark.parametrize(
    "question",
    [
        "Were you trying to get hold of a different office?",
        "Are you trying to reach someone else?",
    ],
)
def test_the_agent_asking_whether_the_caller_meant_someone_else_is_a_wrong_number(question: str) -> None:
    # Given a caller asking for something we do not do, and the agent asking whether they meant another place
    facts = _call(A, "hi, I'm calling to move my dentist appointment to Friday", question, "oh, yes, sorry")
    # When the call is read
    # Then it is a wrong number
    assert (facts.disqualifier, _tier(facts)) == ("wrong_number", "cold")


@pytest.mark.parametrize(
    "words",
    [
        "I'm on the growth team at Quillmark, we build e-signature tools as well",
        "full disclosure, we also sell document signing software, I'm just checking how you price things",
        "I run content at Penstroke, we're drafting a comparison page of signing vendors",
    ],
)
def test_a_caller_whose_company_makes_signing_software_is_a_competitor(words: str) -> None:
    # Given a caller whose own company sells what we sell, asking our prices
    facts = _call(A, words, "Sure, what would you like to know?", "what's the price per seat?")
    # When the call is read
    # Then it is competitor research: cold, and the price question is no buying intent
    assert (facts.disqualifier, facts.intent, _tier(facts)) == ("competitor", False, "cold")


@pytest.mark.parametrize(
    "words",
    [
        "we make scheduling software for dentists, and we need signing inside our app, twenty of us",
        "we build booking tools for salons and we'd like e-signature in them too, we're twelve people",
        "we're comparing a few signing vendors for our twelve-person office, what's the price per seat?",
    ],
)
def test_a_software_maker_who_needs_signing_is_a_buyer(words: str) -> None:
    # Given a software company that wants signing for its own product or office
    facts = _call(A, words, "Happy to help. Would you like pricing?", "yes please, send pricing")
    # When the call is read
    # Then nothing disqualifies it and the request is intent
    assert (facts.disqualifier, facts.intent) == (None, True)
