"""Team-size and volume mechanisms found by blind rounds 14 and 15's misses, tested in wording of our own."""

import pytest

from postcall.extraction import SignalTracker, extract_signals


@pytest.mark.parametrize(
    ("text", "team_size", "monthly_volume"),
    [
        # a correction that lands on a hedged range keeps the range's midpoint
        ("it's not two hundred leases, no, more like forty, forty-five a month", None, 42),
        ("we're sixty people, but actually the ones who'd sign in, twenty, maybe twenty-four", 22, None),
        ("fifty reps? no, sorry, I mean about eight, ten reps", 9, None),
        # a plain restart after a correction keeps its last figure, not a range
        ("we send about ninety, no, three hundred, three hundred and forty quotes a month", None, 340),
    ],
)
def test_a_correction_can_land_on_a_range(
    text: str, team_size: int | None, monthly_volume: int | None
) -> None:
    # Given an utterance whose speaker corrects a figure to a spoken range
    # When its signals are read
    got = extract_signals([text])
    # Then the team and the volume are the figures the correction lands on
    assert (got.team_size, got.monthly_volume) == (team_size, monthly_volume)


@pytest.mark.parametrize(
    ("turns", "monthly_volume"),
    [
        # a restart after trailing off keeps the second figure, and a period said as its own sentence
        # still gives the rate when a remark follows it
        (["ninety... ninety-five agreements. A week. Hang on, I'm checking the sheet"], 412),
        (["thirty NDAs. Per month. Honestly that's a guess"], 30),
        # a period fragment before a figure still joins it
        (["contracts? a week, hmm... call it twenty"], 87),
        # a bare count, then the days it is counted over, said as a sentence of its own
        (["we sign leases, lots of them", "oh, ten to twelve. business days, we don't open weekends"], 231),
        (["the forms go out daily, about five. working days only"], 105),
    ],
)
def test_a_period_said_in_its_own_sentence(turns: list[str], monthly_volume: int) -> None:
    # Given a figure whose period is said in a clipped sentence of its own
    # When the caller's turns are read
    got = extract_signals(turns)
    # Then the volume is scaled by that period
    assert got.monthly_volume == monthly_volume


@pytest.mark.parametrize(
    ("turns", "monthly_volume"),
    [
        # a single document per period is a count, not the pronoun of "every one gets a contract"
        (["leases, maybe one a week? could be fewer"], 4),
        (["we sign one a day, roughly, NDAs mostly"], 21),
        # a money word in another clause does not make a document count a price
        (["tenants pay monthly, around ninety lease renewals a month"], 90),
        (["clients pay upfront, maybe forty retainer agreements a month"], 40),
        # the total over the whole period, said before the figure
        (["across the entire year, what with renewals and new policies, around twenty-four hundred"], 200),
        (["over the full quarter, purchase orders and NDAs, it's about three hundred"], 100),
        # a figure after a short lead-in naming a busy period is a peak; the typical figure stays
        (["twenty to thirty agreements a month. busy month, fifty"], 25),
        (["about eighty contracts a month", "good month, a hundred and ten"], 80),
    ],
)
def test_counts_periods_and_peaks(turns: list[str], monthly_volume: int) -> None:
    # Given a volume said with a single count, a whole period before it, or a peak after it
    # When the caller's turns are read
    got = extract_signals(turns)
    # Then the monthly volume is the typical count over a month
    assert got.monthly_volume == monthly_volume


@pytest.mark.parametrize(
    ("text", "monthly_volume"),
    [
        # two kinds of document said one after the other add up, with "and then" between them
        ("about fifty leases a month, and then maybe twenty addenda on top", 70),
        ("we do eight to ten SOWs a month and then around fifteen change orders", 24),
        # "another N" adds even after the first count's own period
        ("roughly twelve hundred waivers a year, and then the camp forms, probably another six hundred", 150),
        # a figure after a future time and "could be" is a projection, not today's volume
        ("today it's about sixty quotes a month, and after the merger it could be two hundred", 60),
        ("we're at thirty contracts a month, but come spring it could be ninety", 30),
    ],
)
def test_sums_and_projections_of_documents(text: str, monthly_volume: int) -> None:
    # Given an utterance with two document counts, or a current count and a projected one
    # When its signals are read
    got = extract_signals([text])
    # Then the volume is the sum of what is sent now, without the projection
    assert got.monthly_volume == monthly_volume


@pytest.mark.parametrize(
    ("text", "team_size", "monthly_volume"),
    [
        # the caller's own count of the last period is its rate
        ("last quarter we closed about 270 loan agreements, which is normal for us", None, 90),
        ("last week I sent, like, fifteen NDAs, I looked it up", None, 65),
        ("last month we had sixty-two signed contracts", None, 62),
        # without a document named, a figure of the last period stays unread
        ("last month we sent 50 but this month it's already 70", None, None),
        # the people a newsletter or an update goes out to are its readers, not the team
        ("we mail a monthly bulletin to roughly two thousand people, unrelated to this", None, None),
        ("we email the update to 800 members, but the four of us in the office would use this", 4, None),
        # people the caller sends to on their own team still count
        ("I'd send stuff to about six people on my team", 6, None),
    ],
)
def test_last_period_counts_and_readers(text: str, team_size: int | None, monthly_volume: int | None) -> None:
    # Given a count of the last period, or of the people something is mailed to
    # When its signals are read
    got = extract_signals([text])
    # Then the last period's count is the volume and readers are no team
    assert (got.team_size, got.monthly_volume) == (team_size, monthly_volume)


@pytest.mark.parametrize(
    ("text", "team_size", "monthly_volume"),
    [
        # the figure after "a crew/team of" is the group, and a rate after a new clause is the documents'
        ("we're a roofing outfit, a crew of fourteen, and contracts per month around thirty", 14, 30),
        ("team of about 7, and proposals per week maybe ten", 7, 43),
        # a bare change to the team ("we lost one", "we hired two") is no team size; the figure after it is
        ("the support group was six, we let go one, so five now", 5, None),
        ("we're twenty-two, no, twenty-four, we hired two in March", 24, None),
        ("there were ten of us, we added three, so thirteen", 13, None),
    ],
)
def test_groups_and_changes_to_the_team(text: str, team_size: int | None, monthly_volume: int | None) -> None:
    # Given a group said with "a crew of", or a team that just changed
    # When its signals are read
    got = extract_signals([text])
    # Then the team is the group as it stands, and the rate stays with the documents
    assert (got.team_size, got.monthly_volume) == (team_size, monthly_volume)


@pytest.mark.parametrize(
    ("text", "team_size", "monthly_volume"),
    [
        # "actually" after "who'd/would" is an adverb, not a correction of the figure before it
        (
            "sixty employees on two sites, but the ones who'd actually sign are the drivers, that's seven",
            7,
            None,
        ),
        ("we're thirty people, the ones that would actually use it, maybe five", 5, None),
        # a figure the caller says counts outsiders is no team
        ("it's me and one assistant. the fifty, that's, um, that's including the patients", 2, None),
        # the total of two counts said right after them is the volume
        ("renewals maybe thirty a month, new leases like fifteen, so around forty-five a month", None, 45),
        # a restatement of one count by the caller's own arithmetic still keeps that count
        ("about 1,200 NDAs a year, so what's that, a hundred a month", None, 100),
    ],
)
def test_adverbs_outsiders_and_totals(text: str, team_size: int | None, monthly_volume: int | None) -> None:
    # Given an adverb that looks like a correction, a figure of outsiders, or a spoken total
    # When its signals are read
    got = extract_signals([text])
    # Then the team is the using group and the volume the total
    assert (got.team_size, got.monthly_volume) == (team_size, monthly_volume)


@pytest.mark.parametrize(
    ("text", "monthly_volume"),
    [
        # the signed part of a count of something else is the volume
        ("500 loan inquiries a week, but only approved ones get a signed agreement, 100 of those", 433),
        ("900 patients a month but only surgical ones need signatures on consent forms, 120 of them", 120),
        # a part of a document count stays a part: the total is the volume
        ("we send 250 NDAs a month, and 30 of those are renewals", 250),
        # a count of signatures with several signers per document is fewer documents
        ("we collect 600 signatures a month, each lease needs two signatures", 300),
        ("about 2,400 signatures a year, every contract has four signers", 50),
    ],
)
def test_signed_parts_and_signatures_per_document(text: str, monthly_volume: int) -> None:
    # Given a count of which only a part is signed, or a count of signatures rather than documents
    # When its signals are read
    got = extract_signals([text])
    # Then the volume is the documents signed
    assert got.monthly_volume == monthly_volume


@pytest.mark.parametrize(
    ("text", "team_size", "monthly_volume"),
    [
        # people who come in at a rate and each sign a document are a document count, not the team
        (
            "every quarter we enroll maybe ninety students, and each one signs an enrollment agreement",
            None,
            30,
        ),
        ("every week we onboard about six new drivers and each one signs a contractor agreement", None, 26),
        # people who are the team and each sign something are still the team
        ("we have 20 people and each one signs a contract every week", 20, None),
    ],
)
def test_people_who_come_at_a_rate_and_each_sign(
    text: str, team_size: int | None, monthly_volume: int | None
) -> None:
    # Given a flow of people, each signing one document, or a team whose members each sign
    # When its signals are read
    got = extract_signals([text])
    # Then the flow is a volume and the team stays a team
    assert (got.team_size, got.monthly_volume) == (team_size, monthly_volume)


@pytest.mark.parametrize(
    ("text", "monthly_volume"),
    [
        # a period named by the caller whose length they give: per term, semester, season
        ("around 40 new students a semester, each signs a contract, and our semesters are four months", 10),
        ("we sign 90 leases a season, the season runs about six months", 15),
        ("each session we get 120 registration forms, a session is two weeks", 260),
        # without its length, such a period gives no rate
        ("60 contracts each term", None),
    ],
)
def test_a_period_whose_length_the_caller_gives(text: str, monthly_volume: int | None) -> None:
    # Given a count per term, season or session, and how long that period is
    # When its signals are read
    got = extract_signals([text])
    # Then the count is scaled to a month by that length
    assert got.monthly_volume == monthly_volume


@pytest.mark.parametrize(
    ("text", "team_size", "monthly_volume"),
    [
        # a bare "each" closing the count of people per place multiplies by the places
        ("two clinics, twelve staff each", 24, None),
        ("we have three offices with about 10 people each", 30, None),
        # and it is not a per-person rate of the documents said after it
        ("we have four stores, six people each, and we send about 40 contracts a month", 24, 40),
        # "each" before what each person sends still multiplies the documents
        ("we have 8 agents, each sends about 10 contracts a month", 8, 80),
    ],
)
def test_people_per_place(text: str, team_size: int | None, monthly_volume: int | None) -> None:
    # Given people counted per place, with or without documents after
    # When its signals are read
    got = extract_signals([text])
    # Then the team covers every place and the documents keep their own count
    assert (got.team_size, got.monthly_volume) == (team_size, monthly_volume)


@pytest.mark.parametrize(
    ("text", "team_size", "monthly_volume"),
    [
        # "every other week" before the figure is its period
        ("every other week we send about 40 agreements", None, 87),
        # a share said right before "would use" is the using team
        ("we're 45 people but only about half would use it", 22, None),
        ("we're 60 people, but a third would actually use it", 20, None),
        ("40 people, about half of them would send contracts", 20, None),
    ],
)
def test_every_other_period_and_a_using_share(
    text: str, team_size: int | None, monthly_volume: int | None
) -> None:
    # Given a period said as "every other week", or a share of the staff that would use the product
    # When its signals are read
    got = extract_signals([text])
    # Then the volume follows that period and the team is that share
    assert (got.team_size, got.monthly_volume) == (team_size, monthly_volume)


@pytest.mark.parametrize(
    ("text", "monthly_volume"),
    [
        # two kinds of document, each named before its figure, add up
        ("offer letters, around 25 a month, and then the NDAs, probably 10 a month", 35),
        ("leases, about 30 a month, and renewals, maybe 20", 50),
        ("contracts, I'd say forty a month, plus fifteen amendments", 55),
        # the same kind said again is not a second kind
        ("contracts, forty a month, and then contracts again, maybe fifty next month", 40),
    ],
)
def test_kinds_named_before_their_figures_add_up(text: str, monthly_volume: int) -> None:
    # Given two document kinds, each named before its own count
    # When its signals are read
    got = extract_signals([text])
    # Then the volume is their sum
    assert got.monthly_volume == monthly_volume


@pytest.mark.parametrize(
    ("turns", "team_size"),
    [
        # a second group said as its own sentence after "and" still adds up
        ([("How many people would use it?", "uh, the four partners. and three assistants.")], 7),
        # "N of them" after a group is a part of it, not another group
        ([(None, "we're ten people, and two of them would use it")], 2),
        ([(None, "eight techs and two of us in the office")], 10),
        # full-time and part-time counts of the same staff add up
        ([("How many staff?", "twelve full-time, four part-time")], 16),
        ([("How many people?", "we have 8 full time and 3 part time")], 11),
    ],
)
def test_groups_that_add_up_and_parts_that_do_not(
    turns: list[tuple[str | None, str]], team_size: int
) -> None:
    # Given groups of people said one after the other, or a part of a group
    # When the caller's turns are read after the agent's questions
    tracker = SignalTracker()
    for asked, text in turns:
        got = tracker.observe(text, asked=asked)
    # Then the team is the sum of the groups, or the part that would use it
    assert got.team_size == team_size


@pytest.mark.parametrize(
    ("text", "team_size", "monthly_volume"),
    [
        # what each member of "a team of N" sends is multiplied by the team
        ("our team of 12 sends about 30 each a month", 12, 360),
        ("a crew of five, they each do about 4 contracts a week", 5, 87),
        # the last year's count said to hold this year is the rate
        ("I think last year we did around 1,800 contracts total, so similar this year", None, 150),
        ("last year we signed 600 NDAs, about the same now", None, 50),
    ],
)
def test_per_member_counts_and_a_year_that_holds(
    text: str, team_size: int | None, monthly_volume: int | None
) -> None:
    # Given a count per member of a named team, or last year's count said to hold now
    # When its signals are read
    got = extract_signals([text])
    # Then the volume is the team's total, or last year's count over twelve months
    assert (got.team_size, got.monthly_volume) == (team_size, monthly_volume)


@pytest.mark.parametrize(
    ("text", "monthly_volume"),
    [
        # a volume said per place after the places are counted is sent by every place
        ("our 3 locations send about 50 agreements a month each", 150),
        ("three stores, 20 waivers a day at each store", 1260),
        ("two clinics, and we send 100 forms a month for each", 200),
        # a single place gives no multiple
        ("we have one location, about 40 contracts a month each", 40),
    ],
)
def test_a_volume_per_place(text: str, monthly_volume: int) -> None:
    # Given a document count said per place after the places are counted
    # When its signals are read
    got = extract_signals([text])
    # Then the volume covers every place
    assert got.monthly_volume == monthly_volume


@pytest.mark.parametrize(
    ("turns", "team_size", "monthly_volume"),
    [
        # "so call it N" restating a figure in another period is the caller's own arithmetic
        ([("How many documents do you send a month?", "around 30 a week, so call it 120")], None, 130),
        # a single person added after a group may carry how they work
        ([("How big is the team?", "six of us, plus our accountant part-time")], 7, None),
        ([("How many would use it?", "four agents and a bookkeeper as well")], 5, None),
    ],
)
def test_restated_figures_and_one_more_person(
    turns: list[tuple[str, str]], team_size: int | None, monthly_volume: int | None
) -> None:
    # Given a figure restated with "call it", or one more person joined to a group
    # When the caller's turns are read after the agent's questions
    tracker = SignalTracker()
    for asked, text in turns:
        got = tracker.observe(text, asked=asked)
    # Then the first figure stands and the person is counted
    assert (got.team_size, got.monthly_volume) == (team_size, monthly_volume)


@pytest.mark.parametrize(
    ("text", "team_size", "monthly_volume"),
    [
        # the signed part "of those" is the volume even when no document word stands next to it
        (
            "we process around two hundred loan files a month but only sign closing papers on fifty of those",
            None,
            50,
        ),
        # signers per document are no team
        ("each contract needs 2 people signing, and we send about 60 a month", None, 60),
        ("every lease has three parties signing it", None, None),
        # a figure for a season of its own is a peak, the typical figure stays
        ("we do thirty a week, and in summer maybe sixty a week", None, 130),
    ],
)
def test_signed_parts_signers_and_seasons(
    text: str, team_size: int | None, monthly_volume: int | None
) -> None:
    # Given a signed part of a count, signers per document, or a seasonal figure
    # When its signals are read
    got = extract_signals([text])
    # Then none of them is taken for the team or the typical volume
    assert (got.team_size, got.monthly_volume) == (team_size, monthly_volume)


@pytest.mark.parametrize(
    ("text", "monthly_volume"),
    [
        # a capitalised word opening a sentence before a figure is no product name ("Dynamics 365")
        ("Contracts per month? Hmm. Maybe forty.", 40),
        ("Contracts a week? Hmm. Around twenty.", 87),
        # a product name with its version number still is one
        ("We use Dynamics 365. About forty contracts a month.", 40),
    ],
)
def test_a_sentence_opener_before_a_figure(text: str, monthly_volume: int) -> None:
    # Given a clipped question and answer whose figure follows a capitalised opener
    # When its signals are read
    got = extract_signals([text])
    # Then the figure is the volume, and a version number is not
    assert got.monthly_volume == monthly_volume
