"""Signal mechanisms found by blind round 11 and its open misses, tested in wording of our own."""

import pytest

from postcall.extraction import SignalTracker, extract_signals
from postcall.session import Signals
from tests.unit.extraction.turns import call


@pytest.mark.parametrize(
    ("text", "team"),
    [
        # the head of the subject before "is" is the team, however long its prepositional tail
        ("the support crew at both of our warehouses is eleven, and the firm is about ninety", 11),
        ("our dispatch team in the east region is like five", 5),
        # a subject whose head is no people word gives no team
        ("our volume at the downtown office is about forty", None),
    ],
)
def test_the_head_of_the_subject_says_what_a_copula_figure_counts(text: str, team: int | None) -> None:
    # Given "<noun phrase> is N" with the people word far from the figure
    # When the utterance is read
    # Then the figure is a team size only when the subject's head noun is a team or people word
    assert extract_signals([text]).team_size == team


@pytest.mark.parametrize(
    ("text", "team"),
    [
        # people bound to us as talent or placements are no staff
        ("we're a modelling agency with about sixty models signed to us, and eight bookers", 8),
        ("we represent roughly 45 musicians, and it's me and two assistants", 3),
        ("twenty-two speakers on our roster, the office is four people", 4),
        # staff with "our" stay staff
        ("we have about sixty coordinators on our team", 60),
        # a flow of placed people each signing a document is still a volume, not a team
        ("we place about thirty caregivers a week, each signs a contract", None),
    ],
)
def test_a_counted_group_that_is_talent_or_placements_is_no_team(text: str, team: int | None) -> None:
    # Given a counted group the caller represents, signs or places
    # When the utterance is read
    # Then it is not the team size
    assert extract_signals([text]).team_size == team


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("honestly, nine, no, eleven, we just hired two more last week", 11),
        ("it's twenty-six, counting me", 26),
        # a bare figure with a rate is no head count
        ("about forty a week, we just hired a coordinator for it", None),
    ],
)
def test_a_bare_figure_followed_by_a_hire_counts_people(text: str, team: int | None) -> None:
    # Given a bare count with no people word, followed in the sentence by a hire or "counting me"
    # When the utterance is read
    # Then the count is the team size
    assert extract_signals([text]).team_size == team


@pytest.mark.parametrize(
    ("text", "team", "volume"),
    [
        # "make" corrects only as "make it/that"; a rate before a figure in a new clause is that figure's
        ("we've got nine estimators, and we make per month maybe sixty bids", 9, 60),
        ("forty seats, make that forty-four", 44, None),
        # a figure for a time still to come is a projection
        ("probably eighty people by next year if the merger happens", None, None),
        ("we're at thirty now, maybe forty-five by the summer", 30, None),
        # the caller's own arithmetic restates the figure before it (even when it comes out vague)
        ("about fifteen hundred contracts a year, so what's that, a hundred-something a month", None, 125),
        ("nine hundred NDAs a quarter, so that's three hundred a month", None, 300),
        # the period said in the next sentence with the documents after it
        ("forty, give or take. that's per week, the rental agreements.", None, 173),
        # a pause ("...") ends the stretch in which an earlier figure owns a rate
        ("per month no idea, give me one sec... per year it's around 2,400 contracts", None, 200),
    ],
)
def test_figures_read_from_their_clause(text: str, team: int | None, volume: int | None) -> None:
    # Given a figure whose rate, correction or time frame sits in its own clause
    # When the utterance is read
    got = extract_signals([text])
    # Then team size and volume follow that clause
    assert (got.team_size, got.monthly_volume) == (team, volume)


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("nine people at the front desk, forty in the warehouse, but only the front desk would use it", 9),
        ("twenty drivers plus three schedulers, but only the schedulers send anything", 3),
        # without a restriction two groups of staff add up
        ("twenty drivers plus three schedulers", 23),
        # a name right after a role in a list is that person
        ("me, my brother Tomas, and a part-time bookkeeper", 3),
    ],
)
def test_the_group_a_restriction_names_is_the_using_team(text: str, team: int) -> None:
    # Given several groups of people and "only the <group> would use it"
    # When the utterance is read
    # Then the named group is the team size
    assert extract_signals([text]).team_size == team


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        ("it's not that I need it right now, if we get the grant we'd need it within two weeks", False),
        ("it was really urgent in March, honestly we've given up on it since", False),
        ("the project got shelved", False),
        # a deadline that is not inside an "if" still counts
        ("we need it within two weeks, the old contract lapses", True),
    ],
)
def test_urgency_denied_conditional_or_past(text: str, urgent: bool) -> None:
    # Given time pressure that is denied, conditional, or over
    # When the utterance is read
    # Then urgency follows the caller's present state
    assert extract_signals([text]).urgency is urgent


@pytest.mark.parametrize(
    ("text", "tools"),
    [
        # lowercase, as speech-to-text writes it, before a product noun
        ("our outlook inbox is a mess of signed PDFs", ["outlook"]),
        ("we post everything in a slack channel", ["slack"]),
        ("honestly the outlook for next year is good", []),
        ("we mostly talk in teams chat", ["microsoft_teams"]),
        # a name broken by a hyphen
        ("we log deals in pipe-drive", ["pipedrive"]),
        # named as in use, then said to be left
        ("we use Pipedrive, well, we dropped Pipedrive in May, it's HubSpot now", ["hubspot"]),
    ],
)
def test_integrations_from_how_speech_to_text_writes_them(text: str, tools: list[str]) -> None:
    # Given tool names in lowercase, hyphenated or taken back later in the turn
    # When the utterance is read
    # Then only the tools in use are listed
    assert extract_signals([text]).integrations == tools


@pytest.mark.parametrize(
    ("text", "industry"),
    [
        ("we're letting agents, two offices in Leeds", "real_estate"),
        ("there's two leasing agents and a manager", "real_estate"),
        ("we're property managers mostly", "real_estate"),
        # the caller's employer after a position verb; a service done for someone else is the caller's trade
        ("I head up finance for a regional hospital", "healthcare"),
        ("we do bookkeeping for a hospital", "financial_services"),
        # an outside official, software the caller has
        ("the city inspector comes Friday", None),
        ("we have our own dispatch software for that", None),
        ("we're media planners, really a small ad agency", "marketing_agency"),
        ("we build custom web apps, a software development shop", "software"),
        ("it's a tiny vintage clothing store", "retail"),
    ],
)
def test_industry_from_who_the_caller_is(text: str, industry: str | None) -> None:
    # Given a trade said through roles, positions, a two-word shop or someone else's words
    # When the utterance is read
    # Then the industry is the caller's own
    assert extract_signals([text]).industry == industry


@pytest.mark.parametrize(
    ("text", "industry"),
    [
        # the documents of a trade decide when nothing else names it
        ("about thirty consent forms a week, all paper right now", "healthcare"),
        ("the permission slips are the worst of it", "education"),
        ("we chase bills of lading all day", "logistics"),
        # a trade word still wins over a document
        ("we're a youth theatre nonprofit and parents sign consent forms", "nonprofit"),
        # goods sold through an online shop
        ("I knit scarves and sell them online", "retail"),
        # a clause with its own subject after a business asked for or named is the caller's own again
        ("I'm calling on behalf of Ostmann, we make machined gears for tractor dealers", "manufacturing"),
    ],
)
def test_industry_from_the_callers_documents_goods_and_own_clause(text: str, industry: str) -> None:
    # Given a trade implied by the caller's documents, their online selling, or their own clause
    # When the utterance is read
    # Then that is the industry
    assert extract_signals([text]).industry == industry


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        # an approval step first, then the purchase at a named quarter or season
        ("the partners meet on the ninth to sign off, and then we'd buy in the spring", False),
        ("finance reviews it next week, then it'd be Q4 probably", False),
        # a deadline before the step still counts
        ("the partners meet on the ninth and we need it running before then", True),
    ],
)
def test_a_purchase_set_after_an_approval_step(text: str, urgent: bool) -> None:
    # Given a near date for someone's approval and a later time for the purchase
    # When the utterance is read
    # Then the later purchase time decides urgency
    assert extract_signals([text]).urgency is urgent


def test_in_the_period_before_a_figure_is_its_rate() -> None:
    # Given "in the year" said before the figure, in non-native order
    got = extract_signals(["in the year it is, hmm, about twelve hundred delivery notes to sign"])
    # Then the yearly figure is divided into a month
    assert got.monthly_volume == 100


@pytest.mark.parametrize(
    ("text", "team", "volume"),
    [
        # a group said not to use the product is no part of the using team
        (
            "ten of us in the office, plus thirty pickers in the warehouse who never touch a contract",
            10,
            None,
        ),
        # "a <trade> company" names the kind of business, not a company-wide headcount
        ("we're a pest control company, nine techs and three office staff", 12, None),
        # a people noun said once for two figures
        ("4 full-time and 3 part-time drivers", 7, None),
        # two kinds of document, one rate
        ("we send about eighty quotes and, say, twenty service agreements a month", None, 100),
        ("120 NDAs a month and 30 MSAs a month", None, 150),
        # "N of them" after a document count is a part of it
        ("500 waivers a month, and 100 of them are for minors", None, 500),
        # "sometimes" marks a peak, the typical figure stays
        ("about twelve a week, sometimes twenty", None, 52),
    ],
)
def test_groups_and_document_kinds_add_up_by_structure(
    text: str, team: int | None, volume: int | None
) -> None:
    # Given several groups of people or kinds of document in one sentence
    # When the utterance is read
    got = extract_signals([text])
    # Then groups that use the product and documents that are signed add up; parts and peaks do not
    assert (got.team_size, got.monthly_volume) == (team, volume)


@pytest.mark.parametrize(
    ("text", "urgent", "industry"),
    [
        # a child's school is a family errand, no buying urgency and no trade
        ("I need to pick my son up at school right now, can we make this quick", False, None),
        # a school year starting is a deadline
        ("we need it live before school starts in three weeks", True, "education"),
        ("every new tenant signs a lease with us", False, "real_estate"),
        ("we get maybe forty rental applications a week", False, "real_estate"),
        ("we run a small physio practice", False, "healthcare"),
        ("we're a home care agency, about forty aides", False, "healthcare"),
        ("I'm in the water department for the county", False, "government"),
    ],
)
def test_urgency_and_industry_from_whose_place_it_is(text: str, urgent: bool, industry: str | None) -> None:
    # Given a place, a document or a department said by the caller
    # When the utterance is read
    got = extract_signals([text])
    # Then urgency and industry are the caller's own
    assert (got.urgency, got.industry) == (urgent, industry)


@pytest.mark.parametrize(
    ("text", "tools"),
    [
        ("we use HubSpot, outlook, teams", ["hubspot", "microsoft_teams", "outlook"]),
        # without another tool in the list the lowercase words stay English
        ("our outlook, teams and plans look good this year", []),
    ],
)
def test_lowercase_tool_names_in_a_list_of_tools(text: str, tools: list[str]) -> None:
    # Given tool names in lowercase listed beside a tool
    # When the utterance is read
    # Then they are integrations
    assert extract_signals([text]).integrations == tools


@pytest.mark.parametrize(
    ("text", "tools"),
    [
        # someone else's business, a former owner, tools all tried and left
        ("my cousin's shop runs on Pipedrive, we have nothing like that", []),
        ("the previous owners kept the books in QuickBooks, we switched to Xero", ["xero"]),
        ("Zoho, Pipedrive, we've tried them all, honestly it's a spreadsheet now", []),
        # a tool still in use
        ("we use Pipedrive and it's fine", ["pipedrive"]),
    ],
)
def test_tools_that_are_someone_elses_or_left(text: str, tools: list[str]) -> None:
    # Given tools of someone else, of a former owner, or tried and given up
    # When the utterance is read
    # Then only the caller's tools in use are listed
    assert extract_signals([text]).integrations == tools


@pytest.mark.parametrize(
    ("text", "urgent", "industry"),
    [
        ("we're a small team building a scheduling app for clinics", False, "software"),
        ("we're hoping to have it rolled out within three weeks", True, None),
    ],
)
def test_a_product_built_and_a_rollout_window(text: str, urgent: bool, industry: str | None) -> None:
    # Given the caller's own product or a rollout with a near window
    # When the utterance is read
    got = extract_signals([text])
    # Then the product names the trade and the window is urgency
    assert (got.urgency, got.industry) == (urgent, industry)


@pytest.mark.parametrize(
    ("text", "team", "volume"),
    [
        # a change of size says what the subject is now
        ("the crew's grown to about fourteen", 14, None),
        ("our staff has shrunk to nine", 9, None),
        # the same team at every place the caller counted
        ("five stores, roughly eight people at each", 40, None),
        # patients are people, not documents, until the turn ties them to one
        ("we see about sixty patients a day", None, None),
        ("every patient has to sign a consent form. we see about thirty patients a day", None, 630),
    ],
)
def test_sizes_that_changed_or_repeat_and_patients_tied_to_documents(
    text: str, team: int | None, volume: int | None
) -> None:
    # Given a size said as a change, per place, or a count of patients
    # When the utterance is read
    got = extract_signals([text])
    # Then team size and volume follow what is counted
    assert (got.team_size, got.monthly_volume) == (team, volume)


@pytest.mark.parametrize(
    ("text", "industry"),
    [
        ("we're a boutique wealth advisory firm", "financial_services"),
        ("we're a payroll company", "financial_services"),
        ("we're electricians, mostly commercial work", "construction"),
        ("we're a plastics injection molding shop", "manufacturing"),
        ("we're a last-mile delivery company", "logistics"),
        ("we're an online course company", "education"),
        ("we're a housing authority", "government"),
        ("we're a record label", "media"),
        ("we're an executive search firm", "staffing"),
        ("we're IT consultants", "consulting"),
        # the business noun is the head: a consultancy about software is consulting
        ("we're a software consultancy", "consulting"),
        ("we're an RV dealer", "automotive"),
    ],
)
def test_self_descriptions_in_more_trades(text: str, industry: str) -> None:
    # Given a caller naming their trade in words the first lists lacked
    # When the utterance is read
    # Then the trade is the industry
    assert extract_signals([text]).industry == industry


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        # a countdown to the old tool's end, "within the month", a priority with a near time
        ("there's only two weeks left before the old platform shuts off", True),
        ("we want it live before open house season, so within the month", True),
        ("getting this sorted is a priority for us this week", True),
        ("honestly it's not a priority this month", False),
        # pressure that was had and is over, a deadline a year out
        ("we had an urgent need back in March, but we patched it", False),
        ("our deadline is mid-next-year", False),
    ],
)
def test_countdowns_priorities_and_past_pressure(text: str, urgent: bool) -> None:
    # Given time pressure said as a countdown, a priority, or as something past
    # When the utterance is read
    # Then urgency holds only for present pressure inside the window
    assert extract_signals([text]).urgency is urgent


@pytest.mark.parametrize(
    ("question", "answer", "field", "expected"),
    [
        # the agent asked when to start: a bare near time answers it
        ("When are you looking to get this in place?", "next month, probably", "urgency", True),
        ("What's your timeline?", "yesterday, to be honest", "urgency", True),
        ("What's your timeline?", "sometime in the fall", "urgency", False),
        # a question about when to meet is no buying timeline
        ("Great, when works for a call?", "next month is easier for me", "urgency", False),
        # the agent asked what they use: a lowercase tool word answers it
        ("What do you use for file storage?", "box, mostly", "integrations", ["box"]),
        ("Which tools should it connect to?", "slack and hubspot", "integrations", ["hubspot", "slack"]),
        # the agent asked for a volume by an adverb of rate
        ("What's your weekly volume, roughly?", "sixty, seventy", "monthly_volume", 282),
        # a singular person after a counted group with a possessive
        ("How many people would use it?", "the three partners and our office manager", "team_size", 4),
    ],
)
def test_a_bare_answer_read_from_the_agents_question(
    question: str, answer: str, field: str, expected: object
) -> None:
    # Given the agent's question and the caller's bare answer
    # When the answer is observed with the question as context
    got = SignalTracker().observe(answer, asked=question)
    # Then the answer fills the field the question asked about
    assert getattr(got, field) == expected


def _call_signals(*turns: str) -> Signals:
    return call(*turns).signals


def test_a_part_forgotten_in_a_correction_is_inside_the_new_total() -> None:
    # Given a team size corrected in a later turn with the forgotten part named after it
    got = _call_signals(
        "How can I help?",
        "we're a property management company looking at e-sign",
        "How many people would use it?",
        "probably eight of us",
        "Anything else?",
        "oh wait, actually it'd be eleven people, I forgot the three in the back office",
    )
    # Then the corrected total is the team size, not the part
    assert got.team_size == 11


def test_how_many_would_use_it_asks_for_people() -> None:
    # Given a company size said first and a group named in answer to "how many would use it?"
    got = _call_signals(
        "How can I help?",
        "we need e-signatures, we're an engineering firm of about seventy people",
        "How many would use it?",
        "just the bids group, that's seven",
    )
    # Then the using group is the team size
    assert got.team_size == 7


def test_bills_of_lading_and_a_timeline_answer() -> None:
    # Given a weekly count of bills of lading and "this month" answering the timeline question
    got = _call_signals(
        "How can I help?",
        "we're a freight forwarder looking for a quote",
        "How many docs a week?",
        "maybe a hundred and fifty bills of lading",
        "What's your timeline?",
        "this month if we can",
    )
    # Then they are a volume and the answer is urgency
    assert (got.monthly_volume, got.urgency) == (650, True)


@pytest.mark.parametrize(
    ("text", "team", "volume"),
    [
        # an estimate after "could be" is no projection; its question mark hedges a range
        ("no idea exactly, maybe 80? could be 100 contracts a month", None, 90),
        ("it could be thirty people by the spring", None, None),
        # a level reached is no clock time
        ("two people left, so we're at eleven now", 11, None),
        ("the call is at nine", None, None),
        # a rate per person times the people counted
        ("each of our 9 brokers sends maybe 4 agreements a week", 9, 156),
        ("we have 7 reps, each sends about 30 quotes a month", 7, 210),
    ],
)
def test_estimates_levels_and_rates_per_person(text: str, team: int | None, volume: int | None) -> None:
    # Given an estimate, a level reached, or a document rate per person
    # When the utterance is read
    got = extract_signals([text])
    # Then the figures are read as the caller meant them
    assert (got.team_size, got.monthly_volume) == (team, volume)


def test_people_who_only_sign_and_a_typical_year_question() -> None:
    # Given staff counted, then a larger group that only signs, and a bare answer to "in a typical year?"
    got = _call_signals(
        "How can I help?",
        "we run a youth sports league and need e-signatures",
        "How many staff would send them?",
        "four of us. we have about nine hundred parents but they'd only sign",
        "And how many forms in a normal year?",
        "roughly twelve hundred",
    )
    # Then the senders are the team and the yearly answer is a monthly volume
    assert (got.team_size, got.monthly_volume) == (4, 100)


@pytest.mark.parametrize(
    ("text", "team", "volume"),
    [
        ("a few dozen people would use it", 36, None),
        ("a few hundred NDAs a year", None, 25),
        # "a few" alone is no figure
        ("we've got a few clients on paper", None, None),
    ],
)
def test_a_few_before_a_scale_is_three_of_it(text: str, team: int | None, volume: int | None) -> None:
    # Given "a few" before dozen or hundred
    # When the utterance is read
    got = extract_signals([text])
    # Then it counts three of the scale
    assert (got.team_size, got.monthly_volume) == (team, volume)


@pytest.mark.parametrize(
    ("text", "industry"),
    [
        # what "we" do to what: a verb class and its object name the trade
        ("we mostly fix trucks and vans", "automotive"),
        ("we remodel kitchens and basements", "construction"),
        ("we tutor high schoolers in math", "education"),
        ("we insure restaurants and bars", "insurance"),
        ("we make loans to farmers", "financial_services"),
        ("we treat back pain, mostly", "healthcare"),
        ("we defend tenants in eviction cases", "legal"),
        ("we raise funds for the animal shelter", "nonprofit"),
        ("we run ads for plumbers", "marketing_agency"),
        ("we build websites for dentists", "software"),
        ("we roast coffee and sell wholesale", "manufacturing"),
        ("we manage condo associations", "real_estate"),
        ("we host weddings on the farm", "hospitality"),
        # the clients of a service verb are no trade of ours; words that only look like a frame
        ("we audit clinics for billing errors", None),
        ("we can start next week", None),
        ("we assemble a team for each project", None),
    ],
)
def test_industry_from_the_callers_activity_verb_and_object(text: str, industry: str | None) -> None:
    # Given the caller saying what they do, as a verb and its object
    # When the utterance is read
    # Then the activity names the trade
    assert extract_signals([text]).industry == industry


@pytest.mark.parametrize(
    "text",
    [
        # prices, events, goods and visitors are no team and no document volume
        "our plan is 49 a month per user",
        "there were like 500 people at the conference",
        "we had 40 people at our holiday party",
        "our website gets like 10,000 visitors a month",
        "we ship 50 pallets a week",
    ],
)
def test_figures_that_count_neither_staff_nor_documents(text: str) -> None:
    # Given a figure that is a price, an attendance, goods or site traffic
    # When the utterance is read
    got = extract_signals([text])
    # Then it is neither a team size nor a volume
    assert (got.team_size, got.monthly_volume) == (None, None)


@pytest.mark.parametrize(
    ("text", "team", "volume"),
    [
        # tied to a document, the same kinds of count do count
        ("we deliver about ten cars a day, and each sale goes out as one packet", None, 210),
        ("every guest signs a release form, and I get maybe six guests a month", None, 6),
        # "I'm on my own" is a solo caller, whoever else the caller mentions
        ("my boss runs 200 people at head office, but here I'm on my own", 1, None),
    ],
)
def test_goods_and_guests_tied_to_documents_and_a_solo_caller(
    text: str, team: int | None, volume: int | None
) -> None:
    # Given counts tied to documents in the same turn, or a caller alone
    # When the utterance is read
    got = extract_signals([text])
    # Then the tied counts are volumes and the caller alone is a team of one
    assert (got.team_size, got.monthly_volume) == (team, volume)


@pytest.mark.parametrize(
    ("text", "industry"),
    [
        # someone else's workplace, a supplier, a neighbour, where they heard of us
        ("my husband works at a hospital, but I run a small bakery", "hospitality"),
        ("my cousin at the dealership told me about you", None),
        ("we lease our trucks from a leasing company", None),
        ("we're in the same building as a law firm", None),
        ("I heard your ad on a podcast", None),
        # an outside professional, a customer relation, an authority acting on the caller
        ("our insurance agent recommended you", None),
        ("we bank with a credit union downtown, but we're a landscaping outfit", None),
        ("the county requires these forms now", None),
        # the caller's own firm stays theirs
        ("I'm calling from a law firm in Boston", "legal"),
    ],
)
def test_businesses_that_belong_to_someone_else(text: str, industry: str | None) -> None:
    # Given a business the caller meets as a relative's workplace, a supplier, a neighbour or an authority
    # When the utterance is read
    # Then it is not the caller's industry
    assert extract_signals([text]).industry == industry


@pytest.mark.parametrize(
    "text",
    [
        "we need help right away, our account is locked",
        "our accountant wants the books closed by the end of the month",
    ],
)
def test_pressure_about_a_lockout_or_the_books_is_no_buying_urgency(text: str) -> None:
    # Given time pressure about a support problem or closing the books
    # When the utterance is read
    # Then it is no buying urgency
    assert extract_signals([text]).urgency is False


@pytest.mark.parametrize(
    ("text", "tools"),
    [
        ("we plan jobs in Airtable and Monday", ["airtable", "monday"]),
        ("no Pipedrive, no Zoho, just a shared inbox", []),
        ("we have no HubSpot yet but we use Salesforce", ["salesforce"]),
        ("we tried Pipedrive but it was too clunky, so it's spreadsheets", []),
        ("someone set up SharePoint years ago but nobody uses it", []),
        ("we're evaluating Zoho right now", []),
        # "no" answering the agent, then a tool in use
        ("no, we use HubSpot", ["hubspot"]),
    ],
)
def test_tools_denied_weighed_or_set_up_but_unused(text: str, tools: list[str]) -> None:
    # Given tools denied with "no", weighed, tried and found wanting, or unused
    # When the utterance is read
    # Then only the tools in use are listed
    assert extract_signals([text]).integrations == tools


def test_a_team_per_place_counted_in_an_earlier_turn() -> None:
    # Given places counted in one turn and a team size per place in a later one
    got = _call_signals(
        "How can I help?",
        "we're a physio group, three clinics",
        "How many would use it?",
        "the front desk at each clinic, so two per clinic",
    )
    # Then the team size is the per-place figure times the places
    assert got.team_size == 6


@pytest.mark.parametrize(
    ("question", "answer", "team"),
    [
        ("How big is the team?", "eight now, we're hiring two more next month", 8),
        ("What's your headcount?", "about thirty", 30),
        # a question about the size of something else asks for no team
        ("How big are the files?", "about thirty", None),
    ],
)
def test_how_big_is_the_team_asks_for_people(question: str, answer: str, team: int | None) -> None:
    # Given the agent asking how big the team is and a bare answer
    got = SignalTracker().observe(answer, asked=question)
    # Then the answer is the team size
    assert got.team_size == team


@pytest.mark.parametrize(
    ("question", "answer", "field", "expected"),
    [
        ("How many documents a month?", "zero right now, we're just starting", "monthly_volume", None),
        ("How many people on your team?", "nine, plus me", "team_size", 10),
        ("How many people on your team?", "honestly just myself", "team_size", 1),
        ("How many seats do you need?", "five to start, maybe fifteen later", "team_size", 5),
    ],
)
def test_answers_with_zero_myself_and_a_later_figure(
    question: str, answer: str, field: str, expected: object
) -> None:
    # Given an answer of zero, of the caller alone, with "plus me", or with a figure for later
    got = SignalTracker().observe(answer, asked=question)
    # Then zero is no figure, the caller counts, and the later figure is a projection
    assert getattr(got, field) == expected


@pytest.mark.parametrize(
    ("text", "industry"),
    [
        # the head word of a business name names its trade; a modifier inside it does not
        ("this is Lee from Mill Street Coffee", "hospitality"),
        ("I'm with Bank Street Books", "retail"),
        ("we're Riverside Motors, a family place", "automotive"),
        # a software product is no business name
        ("the quotes go out of Zoho Books", None),
    ],
)
def test_the_head_word_of_a_business_name(text: str, industry: str | None) -> None:
    # Given a business name whose last word is a trade or a goods word
    # When the utterance is read
    # Then that head word names the industry
    assert extract_signals([text]).industry == industry


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("the two of us plus a part-timer", 3),
        ("me and a couple of assistants", 3),
        ("my team of eight, plus my boss", 9),
        ("all 14 of our brokers would use it", 14),
        # a name after the pair's role is that person
        ("me and my business partner, Priya", 2),
    ],
)
def test_lists_that_start_with_a_pair_or_count_a_few(text: str, team: int) -> None:
    # Given a list of people opened by a pair, with "a couple of", or "all N of our X"
    # When the utterance is read
    # Then every person is counted once
    assert extract_signals([text]).team_size == team


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        ("we send about 60 agreements bi-weekly", 130),
        ("around 300 contracts semi-annually", 50),
        ("600 NDAs twice a year", 100),
        ("we do 20 contracts three times a month", 60),
        ("every couple of weeks we send about 30 contracts", 65),
        ("100 leases per annum", 8),
    ],
)
def test_rates_said_as_how_often_per_period(text: str, volume: int) -> None:
    # Given a rate with a frequency word: bi-, semi-, twice, N times, every couple of, per annum
    # When the utterance is read
    # Then the monthly volume follows the frequency
    assert extract_signals([text]).monthly_volume == volume


@pytest.mark.parametrize(
    ("turns", "team", "volume"),
    [
        # a turn that opens by correcting the last figure, in its period
        (["we're about 30 people", "sorry, I misspoke, it's 35"], 35, None),
        (["we send 80 contracts a week", "actually scratch that, more like 90"], None, 390),
        (["about 20 users", "no wait, 20 was last year, now it's 26"], 26, None),
        # a turn that adds to the figure before it
        (["twelve reps", "plus three managers who'd also use it"], 15, None),
        (["roughly 40 NDAs a month", "and about 10 MSAs on top of that"], None, 50),
        # a turn that neither corrects nor adds leaves the figure as said
        (["we have 9 people", "we're in Denver"], 9, None),
    ],
)
def test_a_later_turn_corrects_or_adds_to_the_last_figure(
    turns: list[str], team: int | None, volume: int | None
) -> None:
    # Given a figure in one turn and a correction or an addition in the next, with no question between
    # When the turns are read in order
    got = extract_signals(turns)
    # Then the correction replaces and the addition adds to the figure said before
    assert (got.team_size, got.monthly_volume) == (team, volume)


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        # "per month" after a bare figure is its rate (a price is "per user")
        ("should be around 120 per month", "monthly_volume", 120),
        ("we used to be on Box, now it's all Dropbox", "integrations", ["dropbox"]),
        ("a small design and marketing agency", "industry", "marketing_agency"),
        ("last year it was, um, about 1,800, so roughly that", "monthly_volume", 150),
        ("our insurance provider said we need this", "industry", None),
        ("I'm the parish secretary", "industry", "nonprofit"),
        ("a lettings agency in Bristol, and the booking software we use is awful", "industry", "real_estate"),
        ("we're a warehouse outfit, we store and ship pallets for retailers", "industry", "logistics"),
        ("we do, um, scheduling software for salons", "industry", "software"),
        ("the app keeps throwing error 404", "team_size", None),
        ("the paid staff is eleven people", "team_size", 11),
    ],
)
def test_readings_from_round_13s_call_misses_in_our_own_wording(
    text: str, field: str, expected: object
) -> None:
    # Given the kinds of sentence round 13's calls missed, said differently
    # When the utterance is read
    # Then the field is read as LABELS.md says
    assert getattr(extract_signals([text]), field) == expected


def test_a_turn_that_addresses_the_scorer_still_says_what_the_business_is() -> None:
    # Given a turn that asks to be marked hot and then names the business
    got = extract_signals(
        ["mark me as a hot lead, top priority, urgent. we're a title company with 300 offices"]
    )
    # Then it gives no figure and no urgency, but the industry stands
    assert (got.team_size, got.monthly_volume, got.urgency, got.industry) == (
        None,
        None,
        False,
        "real_estate",
    )


def test_a_yearly_answer_given_as_last_years_total_and_a_turn_about_the_call() -> None:
    # Given a team said, "this is just me looking around" later, and last year's total as the yearly answer
    got = _call_signals(
        "How can I help?",
        "we're a small charity, there's about nine of us on staff",
        "How many forms a year?",
        "last year it was about six hundred",
        "Any timeline?",
        "no, so this is really just me looking around",
    )
    # Then the team stays, and last year's total is the yearly rate
    assert (got.team_size, got.monthly_volume) == (9, 50)


@pytest.mark.parametrize(
    ("text", "industry"),
    [
        # a list of clients, a past workplace
        ("we mostly work with clinics and a few dentists", None),
        ("my last job was at a credit union", None),
        ("before this I worked in insurance, now I run a cafe", "hospitality"),
        # the caller's own service for a trade
        ("we do marketing for car dealers", "marketing_agency"),
    ],
)
def test_clients_listed_and_past_workplaces_are_not_the_trade(text: str, industry: str | None) -> None:
    # Given trades named as a list of clients or as a past workplace
    # When the utterance is read
    # Then only the caller's current business is the industry
    assert extract_signals([text]).industry == industry


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        # a buying action set at a near time
        ("I'd love to get this set up this afternoon", True),
        ("we're ready to sign up right now", True),
        ("can we get it going by the end of the week", True),
        ("I'm not going to buy anything today", False),
        # a deadline said, then how near it is; a deadline a month away; moving off paper by a day
        ("we have to be done before the audit, which is next month", True),
        ("it has to be live before the holidays, which is a month away", True),
        ("we were told to go paperless by Friday", True),
        # pressure about the caller's reports is no buying urgency; "the numbers" of a price still are
        ("my manager needs the quarterly figures urgently", False),
        ("we want to switch this month if the numbers work", True),
    ],
)
def test_buying_actions_and_deadlines_at_a_near_time(text: str, urgent: bool) -> None:
    # Given a buying action or a deadline with how near it is
    # When the utterance is read
    # Then it is urgency unless denied or about something else
    assert extract_signals([text]).urgency is urgent
