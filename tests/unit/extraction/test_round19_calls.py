"""Round 19's first-run misses, fixed by class: each class probed in our own words, with near-misses."""

import pytest
from turns import call, tier

GREETING = "Thanks for calling Docketly! How can I help?"

# A student asks a price for an organisation their class project only pretends to be.
PRETENDED_ORGANISATION = [
    "hi, I'm a junior at Lakeside University, and for our marketing class we have to pretend we're a "
    "fifty-person agency. so what would that cost per month?",
    "hello, so I'm in an MBA course and our team is pretending to be a law firm with twenty lawyers. what "
    "would you charge us for that?",
    "yeah hi, I'm a grad student, we're doing a role-play where we're a logistics company with forty "
    "dispatchers, can I get a quote?",
    "um, I'm a second-year at Ridgemont College, our case is to imagine we're a ten-person dental office. "
    "how much would your plan be?",
    "I study business at Coastal State, and for the assignment we act as if we're a startup of thirty "
    "people. could I get pricing?",
    "hi, my professor told us to call, we're supposed to pretend we are a real estate brokerage with 12 "
    "agents, what's the price?",
    "I'm a senior at Brookfield University, hypothetically we're a nonprofit with eight staff, how much "
    "would it be a month?",
    "so I'm a PhD student, my group has to suppose we're a manufacturing firm of two hundred, can you send a "
    "quote?",
]
# A real organisation beside a word of imagining stays the caller's own: a buyer.
REAL_ORGANISATION = [
    "hi, we're a fifty-person agency and I'd like to know what it costs per month",
    "I'm a grad student but I also run a small tutoring business with 6 tutors, I'd like pricing",
    "imagine how much paper we waste, we're a twenty-person law firm, can I get a quote?",
    "we run a ten-person dental office, and honestly I can't imagine going back to paper, what's the price?",
]


@pytest.mark.parametrize("words", PRETENDED_ORGANISATION)
def test_a_student_pricing_a_pretended_organisation_is_a_student(words: str) -> None:
    # Given a student whose class project pretends to be a business, asking a price for it
    facts = call(GREETING, words)
    # Then the call is a student's, cold: no hot alert for homework
    assert (facts.disqualifier, tier(facts)) == ("student", "cold")


@pytest.mark.parametrize("words", REAL_ORGANISATION)
def test_a_buyer_with_a_real_organisation_beside_a_word_of_imagining_stays_a_buyer(words: str) -> None:
    # Given a caller who speaks for a real business and asks a price (a word like "imagine" nearby)
    facts = call(GREETING, words)
    # Then nothing disqualifies them and the price ask is intent
    assert facts.disqualifier is None and facts.intent
