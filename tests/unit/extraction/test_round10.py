"""Mechanisms found by blind round 10, tested in wording of our own (not the blind lines)."""

import pytest

from postcall.extraction import extract_signals
from tests.unit.extraction.turns import call as _call


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we're basically an insurance shop, property and casualty", "insurance"),
        ("honestly we're a marketing shop, paid social mostly", "marketing_agency"),
        ("we're a tiny software shop out of Denver", "software"),
        # a goods word before the shop noun still makes it a store
        ("we run a bike shop downtown", "retail"),
    ],
)
def test_a_trade_word_before_the_shop_noun_names_the_business(text: str, expected: str) -> None:
    # Given a caller calling their business "a <trade> shop"
    # When the utterance is read
    # Then the trade is the industry, not retail
    assert extract_signals([text]).industry == expected


@pytest.mark.parametrize(
    ("text", "team", "volume"),
    [
        # a hedged higher figure after a comma is the top of a range; a scale said once belongs to both ends
        ("probably twenty, maybe twenty-four users", 22, None),
        ("we do six, maybe seven hundred NDAs a month", None, 650),
        # a second figure with its own circumstance is another situation
        ("two hundred NDAs a month, maybe three hundred at year end", None, 200),
        # "so N" after a list of people is the total, not one more group
        ("two partners and the bookkeeper and an intern, so five people", 5, None),
        # a trailing "sorry" marks the figure before it as a correction
        ("forty agents, forty-four, sorry", 44, None),
        # "counting" after a correction word opens a part of the figure, not a new figure
        ("twenty seats. twenty-three seats, sorry, counting the three team leads", 23, None),
    ],
)
def test_hedged_ranges_totals_and_trailing_corrections(
    text: str, team: int | None, volume: int | None
) -> None:
    # Given a count said with a hedge, a total or a trailing apology
    # When the utterance is read
    got = extract_signals([text])
    # Then team size and volume are the range midpoint, the total or the corrected figure
    assert (got.team_size, got.monthly_volume) == (team, volume)


@pytest.mark.parametrize(
    ("turns", "intent"),
    [
        # a turn that is only a request noun, answering the opening question, is that request
        (("Hi, this is Docketly. How can I help?", "a demo, please"), True),
        (("Hi, this is Docketly. How can I help?", "um, prices"), True),
        # the same noun answering another question is no request
        (("Hi! What can I do for you?", "hi", "Which department are you in?", "sales"), False),
        # "someone on / from your sales team"
        (("How can I help?", "could I chat with somebody from your sales team next week"), True),
    ],
)
def test_a_bare_request_noun_and_someone_on_the_sales_team_are_intent(
    turns: tuple[str, ...], intent: bool
) -> None:
    # Given a call whose only request is said in these words
    # When it is analysed
    facts = _call(*turns)
    # Then intent is read from the request
    assert facts.intent is intent


def test_a_competitor_with_an_adverb_before_the_same_space_is_disqualified() -> None:
    # Given a caller who admits, with an adverb, to selling the same kind of product
    facts = _call(
        "How can I help?", "full disclosure, we're honestly in the same space, just curious about tiers"
    )
    # Then the call is a competitor's
    assert facts.disqualifier == "competitor"


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("about thirty reps, and we brought on five people in the spring", 30),
        ("we're nine agents now, we let go two people after the merger", 9),
        ("there are 14 of us since we hired two coordinators", 14),
    ],
)
def test_people_just_hired_or_let_go_are_a_change_not_the_team(text: str, team: int) -> None:
    # Given a team size followed by a count of newcomers or leavers
    # When the utterance is read
    # Then the team is the stated size
    assert extract_signals([text]).team_size == team


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        ("last year it was roughly 2,400 NDAs, and this year's looking about the same", 200),
        ("last year we sent 600 contracts, should be similar this year", 50),
        # a past figure with no word that it holds now stays past
        ("last year it was 600 contracts", None),
    ],
)
def test_a_past_figure_said_to_look_the_same_now_is_the_volume(text: str, volume: int | None) -> None:
    # Given last year's figure and a remark that this year looks the same
    # When the utterance is read
    # Then the figure counts as today's volume
    assert extract_signals([text]).monthly_volume == volume


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tool category the caller buys is no industry; one they make or sell is
        ("we pay way too much for scheduling software already", None),
        ("honestly our billing software is the problem", None),
        ("we write payroll software for restaurants", "software"),
        ("we're a ticketing software company out of Austin", "software"),
        # trade words the closed list lacked: British and shop-floor names, rentals, channels, apartments
        ("small accountancy firm, four partners", "financial_services"),
        ("I'm an independent bookkeeper, mostly solo", "financial_services"),
        ("we're a CNC job shop, mostly brackets", "manufacturing"),
        ("we frame and build houses out in the valley", "construction"),
        ("we run an RV rental outfit by the lake", "automotive"),
        ("we own two apartment complexes in town", "real_estate"),
        ("it's a creator network, gaming channels mostly", "media"),
    ],
)
def test_industry_round_10_words_and_bought_tools(text: str, expected: str | None) -> None:
    # Given a caller naming their trade, or a tool they buy
    # When the utterance is read
    # Then the industry is the trade, and a bought tool names none
    assert extract_signals([text]).industry == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we looked at Dropbox and Box but went with OneDrive", ["onedrive"]),
        ("we considered Pipedrive but stuck with HubSpot", ["hubspot"]),
        # weighed and kept is still used
        ("we looked at Slack last year and we use it every day now", ["slack"]),
    ],
)
def test_a_tool_weighed_and_passed_over_is_not_used(text: str, expected: list[str]) -> None:
    # Given tools the caller considered before choosing another
    # When the utterance is read
    # Then only the chosen tool is an integration
    assert extract_signals([text]).integrations == expected


@pytest.mark.parametrize(
    ("text", "team", "volume"),
    [
        ("if we ever get to, say, fifty reps we'd call you back", None, None),
        ("if volume hits, uh, two hundred NDAs a month, sure", None, None),
        # a comma that opens a new statement still ends the 'if' clause
        ("if it works, like I said, we have 20 reps", 20, None),
    ],
)
def test_a_spoken_aside_inside_an_if_clause_keeps_the_figure_hypothetical(
    text: str, team: int | None, volume: int | None
) -> None:
    # Given a hypothetical figure with an aside between commas
    # When the utterance is read
    got = extract_signals([text])
    # Then the figure does not count
    assert (got.team_size, got.monthly_volume) == (team, volume)


def test_a_pitch_about_demo_bookings_for_companies_like_yours_is_no_request_and_not_our_industry() -> None:
    # Given a vendor describing what they do for their clients
    facts = _call(
        "How can I help?",
        "I'm Dana from Upfunnel, a lead gen agency. we help fintech companies double their demo requests",
    )
    # Then the clients' trade is not the caller's, and 'demo requests' is no demo request
    assert (facts.signals.industry, facts.intent) == ("marketing_agency", False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I run a tiny sneaker shop in the mall", "retail"),
        ("we have a small furniture store on Main", "retail"),
        # a size word alone is still no trade
        ("we're a little shop, four of us", None),
    ],
)
def test_a_size_word_before_a_goods_shop_keeps_it_retail(text: str, expected: str | None) -> None:
    # Given a shop described with a size word before its goods
    # Then it is retail; with no goods word it names no trade
    assert extract_signals([text]).industry == expected


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("we have eleven in dispatch who'd be sending these", 11),
        ("there's seven at the front counter who sign people up", 7),
        # a period or money after 'in' is no place of people
        ("we do about 300 in a month, who knows why", None),
        ("we did two million in sales, which is great", None),
    ],
)
def test_a_count_in_a_place_then_who_is_people(text: str, team: int | None) -> None:
    # Given a figure, a department or place, then a relative 'who'
    # When the utterance is read
    # Then the figure is the using team
    assert extract_signals([text]).team_size == team


def test_a_capitalised_pair_the_callers_email_spells_is_their_name() -> None:
    # Given a caller who says their name with no cue, then an email made of it
    facts = _call(
        "Got it. Anything else?",
        "great, it's Marisol Okafor, marisol dot okafor at gmail dot com",
    )
    # Then first and last name come from the pair the email confirms
    assert (facts.contact.first_name, facts.contact.last_name) == ("Marisol", "Okafor")


def test_a_capitalised_pair_the_email_does_not_spell_is_no_name() -> None:
    # Given a capitalised pair that the email does not spell (a place)
    facts = _call("Who should I send this to?", "we're near Grand Rapids, dana at acme dot io")
    # Then no name is read from it
    assert facts.contact.first_name is None
