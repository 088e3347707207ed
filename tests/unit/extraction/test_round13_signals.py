"""Signal mechanisms found by blind rounds 12 and 13's open misses, tested in wording of our own."""

import pytest

from postcall.extraction import extract_signals


@pytest.mark.parametrize(
    ("text", "industry"),
    [
        # medical specialties are healthcare
        ("we're a small cardiology group, four doctors", "healthcare"),
        ("it's a podiatry office out in the suburbs", "healthcare"),
        ("our orthopedic practice sees a lot of athletes", "healthcare"),
        # the shop floor and machining work are manufacturing
        ("most of our people work on the factory floor", "manufacturing"),
        ("we run two assembly lines for kitchen appliances", "manufacturing"),
        ("we machine brackets for the aerospace folks", "manufacturing"),
        # the caller's employer is the town or one of its departments
        ("I work at the county, in the permits side of things", "government"),
        ("I'm with the parks dept, we book the pavilions", "government"),
        # a production house makes media
        ("we're a little film production studio downtown", "media"),
        # a GC is a general contractor
        ("we're a residential GC, mostly custom homes", "construction"),
        # the oil patch is energy
        ("I run an oil field equipment outfit in Midland", "energy"),
        # a lawyer practising alone is legal
        ("I'm a sole practitioner, mostly wills and estates", "legal"),
        # rental units are real estate
        ("we've got about ninety rental homes across the metro", "real_estate"),
        # parts for vehicles are automotive
        ("we're a wholesaler of auto parts to repair shops", "automotive"),
        # the product is for the caller's own organisation
        ("it's for the university, the procurement office", "education"),
        # a non-native "a company for the X" names the caller's trade
        ("we are a company for the freight, twenty drivers", "logistics"),
    ],
)
def test_industry_vocabulary_of_rounds_12_and_13(text: str, industry: str) -> None:
    # Given a caller describing their own business in trade vocabulary
    # When the utterance is read
    # Then the industry is the trade that vocabulary belongs to
    assert extract_signals([text]).industry == industry


@pytest.mark.parametrize(
    ("text", "industry"),
    [
        # a specialty or department of someone else stays someone else's
        ("we sell billing software to dermatology clinics", "software"),
        ("the city sent us a permit form last week", None),
        ("our clients are mostly GCs and developers", None),
        ("the plant floor supervisor at our client signs the delivery notes", None),
    ],
)
def test_industry_vocabulary_about_others_is_not_the_callers(text: str, industry: str | None) -> None:
    # Given trade vocabulary about a client or an outside body
    # When the utterance is read
    # Then the caller's industry is not taken from it
    assert extract_signals([text]).industry == industry


@pytest.mark.parametrize(
    ("text", "tools"),
    [
        # a speech-to-text spelling of a tool's name is the tool
        ("we push the signed forms through zappier into google drive", ["google_drive", "zapier"]),
        ("zappier, mostly, and a bit of hubspot", ["hubspot", "zapier"]),
    ],
)
def test_misspelled_tool_names_are_the_tools(text: str, tools: list[str]) -> None:
    # Given a tool name as transcription misspells it
    # When the utterance is read
    # Then the integration is the tool named
    assert extract_signals([text]).integrations == tools


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        # pressure to deliver the caller's quarter's figures is no buying urgency
        ("sorry, my manager needs the Q2 numbers right away so I can't talk long", False),
        ("I've got to send the fourth quarter figures asap, can you call back", False),
        # a deadline, then how near it is, with a hesitation between
        ("we'd need it running before our busy season, which is, uh, five weeks", True),
        ("we want off the old tool before renewal, which is like three weeks", True),
        # a far deadline stays no urgency
        ("we'd switch before our renewal, which is in about six months", False),
    ],
)
def test_urgency_from_a_deadline_and_how_near_it_is(text: str, urgent: bool) -> None:
    # Given time pressure about the caller's own reports, or a buying deadline and its distance
    # When the utterance is read
    # Then urgency is set only for the buying deadline within the window
    assert extract_signals([text]).urgency is urgent


@pytest.mark.parametrize(
    ("text", "team"),
    [
        # a range after a hedge between the subject and the figure is still the team
        ("we're, honestly I don't know, somewhere between eight and twelve", 10),
        ("we are somewhere between twenty and thirty", 25),
        # a bare range whose tail says who is counted is a headcount
        ("two dozen, maybe thirty, if you count the seasonal staff", 27),
        ("forty, not counting the interns", 40),
        # the same tail after a rate stays a volume, not a team
        ("sixty a month, counting the renewals", None),
    ],
)
def test_ranges_and_who_is_counted_give_the_team(text: str, team: int | None) -> None:
    # Given a spoken range or a figure followed by who it counts
    # When the utterance is read
    # Then the team is the midpoint (rounded down), and a rate keeps its figure out of the team
    assert extract_signals([text]).team_size == team


@pytest.mark.parametrize(
    ("text", "team"),
    [
        # people who left, or newcomers, are a change to the team, not its size
        ("we're nineteen now, three people quit over the summer", 19),
        ("twenty-four of us, four engineers just left for a startup", 24),
        ("we've got twelve new hires coming in next week", None),
        ("it's eighteen staff, plus six new starters in March", 18),
    ],
)
def test_leavers_and_newcomers_are_no_team(text: str, team: int | None) -> None:
    # Given a headcount and a group that left or is just joining
    # When the utterance is read
    # Then the team is the headcount, never the group that changed
    assert extract_signals([text]).team_size == team


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        # an urgent care clinic is a kind of practice, not time pressure
        ("we're a chain of urgent care clinics, nine sites", False),
        ("our urgent care centers send about two hundred forms a week", False),
        # a real cue beside it still counts
        ("we're an urgent care group and we need this set up urgently", True),
    ],
)
def test_urgent_care_is_no_urgency(text: str, urgent: bool) -> None:
    # Given the clinic type "urgent care"
    # When the utterance is read
    # Then urgency is set only by a real statement of time pressure
    assert extract_signals([text]).urgency is urgent


@pytest.mark.parametrize(
    ("text", "team", "volume"),
    [
        # guesses asked as questions, then a settled figure: the settled figure
        ("we're, hmm, sixty? seventy? let's say sixty-four people", 64, None),
        ("let's see, two hundred? let's say two-fifty agreements a month", None, 250),
        # guesses asked as questions and left open span a range
        ("we're maybe fourteen? eighteen?", 16, None),
    ],
)
def test_questioned_guesses_and_a_settled_figure(text: str, team: int | None, volume: int | None) -> None:
    # Given figures said as questioning guesses, maybe followed by "let's say N"
    # When the utterance is read
    # Then the settled figure wins, and open guesses give their midpoint
    signals = extract_signals([text])
    assert (signals.team_size, signals.monthly_volume) == (team, volume)


@pytest.mark.parametrize(
    ("text", "team"),
    [
        # a description of the caller working alone, set beside "me", adds no one
        ("it's just me, sole proprietor, I do bookkeeping for restaurants", 1),
        ("just me, a one-woman shop", 1),
        # a real second person still counts
        ("it's me and a part-time assistant", 2),
    ],
)
def test_a_solo_description_beside_me_is_one_person(text: str, team: int) -> None:
    # Given "me" followed by a description of working alone
    # When the utterance is read
    # Then the team is the caller alone
    assert extract_signals([text]).team_size == team


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        # a figure for a rush period is not the typical month
        ("forty-ish agreements a month, in the holiday rush closer to ninety", 40),
        ("around sixty contracts a month, tax rush maybe double that", 60),
    ],
)
def test_a_rush_period_figure_is_no_typical_volume(text: str, volume: int) -> None:
    # Given a typical monthly figure and a higher one for a rush period
    # When the utterance is read
    # Then the volume is the typical figure
    assert extract_signals([text]).monthly_volume == volume


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        # "another N" adds a second count of documents to the first, across sentences too
        ("we do about sixty NDAs a month. for partners. then another thirty for suppliers.", 90),
        ("quotes, maybe ten a week, and then order forms, another five a week", 65),
        # "another N" for a later period adds nothing to today's month
        ("forty NDAs a month plus another twenty next year", 40),
    ],
)
def test_another_count_adds_to_the_volume(text: str, volume: int) -> None:
    # Given a monthly document count and "another N" said after it
    # When the utterance is read
    # Then the volume is their sum, unless the second is for another period
    assert extract_signals([text]).monthly_volume == volume


@pytest.mark.parametrize(
    "text",
    [
        # a figure "a user" / "per seat" is a price, whatever billing period follows
        "I saw twenty-five a user on your pricing page, is that monthly?",
        "so it's fifteen per seat, and is that annual or monthly billing",
    ],
)
def test_a_figure_per_user_is_a_price_not_a_volume(text: str) -> None:
    # Given a price said per user or seat, then a billing period
    # When the utterance is read
    # Then neither a volume nor a team is read from the price
    signals = extract_signals([text])
    assert (signals.team_size, signals.monthly_volume) == (None, None)


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        # a sentence says what is sent and how often, the next sentence gives the bare figure
        ("We do NDAs every day. Maybe six.", 126),
        ("I send quotes each week. Twenty or so.", 87),
        ("We sign leases monthly. About twenty.", 20),
    ],
)
def test_a_rate_in_its_own_sentence_before_a_bare_figure(text: str, volume: int) -> None:
    # Given "we send <documents> every <period>." followed by a sentence with only a figure
    # When the utterance is read
    # Then the figure is the documents' count per that period, as a month
    assert extract_signals([text]).monthly_volume == volume


def test_a_rate_sentence_does_not_turn_a_headcount_into_a_volume() -> None:
    # Given a rate sentence followed by a sentence counting people
    # When the utterance is read
    # Then the figure stays a team size and no volume is read
    signals = extract_signals(["We send contracts every week. We're eight people."])
    assert (signals.team_size, signals.monthly_volume) == (8, None)


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        # a need before a calendar date, with today's month said: urgent within about sixty days
        ("we need it live by March 1st, it's early January now", True),
        ("we have to switch before the contract ends October tenth, and it's late August now", True),
        # the same need months away is no urgency
        ("we need it before the audit in June, it's March now", False),
        ("we need it by December, it's only August now", False),
    ],
)
def test_a_dated_deadline_against_todays_month(text: str, urgent: bool) -> None:
    # Given a need before a named date and the month the caller says it is now
    # When the utterance is read
    # Then urgency holds only when the date is within about sixty days
    assert extract_signals([text]).urgency is urgent
