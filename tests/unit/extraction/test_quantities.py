"""Team size and monthly volume from phrasings that are not in the development set."""

import random
import time

import pytest

from postcall.extraction import compile_all_patterns, extract_signals
from postcall.extraction.text import word_set

TEAM = [
    ("there are thirty-two of us in the office", 32),
    ("we have roughly forty employees", 40),
    ("the sales org is a dozen people", 12),
    ("maybe ten to fifteen folks would log in", 12),
    ("we're a crew of seven", 7),
    ("headcount is about 85 right now", 85),
    ("we've got 14 producers in the agency", 14),
    ("it'd be 9 seats", 9),
    ("we have 22 FTEs", 22),
    ("three lawyers, two paralegals, so five people total", 5),
    ("we're sixty, no, sixty-five people", 65),
    ("we're not twenty people, we're eight", 8),
    ("about two dozen reps", 24),
    ("a hundred and fifty employees but only the 6 person ops team would use it", 6),
    ("our company has 400 staff, the contracts team is 11 people", 11),
    ("it's only me and my wife", 2),
    ("I'm a one-person shop", 1),
    ("we're 40-plus agents", 40),
    ("over 100 people company-wide", 100),
    ("between 30 and 40 users", 35),
    ("we're 12 now, could be 30 next year if funding comes through", 12),
    ("I used to manage 50 reps at my old job, now it's just me", 1),
    ("we're a vet clinic, three vets and six techs", 9),
    ("the closers, there's four of them, and the processors, there's two", 6),
    ("we have 45 FTEs, and the sales team, 9 AEs, would use this", 9),
    ("producers mostly, we have eight producers, the whole company's forty", 8),
    # role nouns by their ending, lists with "others", "me and him", "a dozen and a half", "nowhere near"
    ("we're a small law office, eleven bookkeepers and clerks", 11),
    ("about sixteen machinists on the floor", 16),
    ("it's me and two electricians", 3),
    ("me and three others handle the paperwork", 4),
    ("it's really just me and him", 2),
    ("we're two dozen and a half? no, a dozen and a half", 18),
    ("nowhere near a hundred people, more like twelve", 12),
    ("eight right now, though if the grant comes through we'd be twenty", 8),
    ("the whole company's about ninety, but it's really just my team, seven AMs", 7),
    # the share of a people count that would use it
    ("maybe a quarter of our 48 brokers would actually send stuff", 12),
    ("we're 30 people, and two-thirds of them would be signing things", 20),
    ("we're 30 people and half of them work remotely", 30),
]


@pytest.mark.parametrize(("text", "expected"), TEAM)
def test_team_size_from_new_phrasings(text: str, expected: int) -> None:
    # Given a caller describing their team
    # When the utterance is extracted
    signals = extract_signals([text])
    # Then the team size follows LABELS.md
    assert signals.team_size == expected


VOLUME = [
    ("we send about 400 contracts a month", 400),
    ("roughly 90 agreements per week", 390),
    ("maybe 12 NDAs a day", 252),
    ("around 2,400 leases a year", 200),
    ("six hundred proposals a quarter", 200),
    ("we do a couple hundred quotes monthly", 200),
    ("thirty to forty documents a week", 152),
    ("about 3k agreements per year", 250),
    ("we sign forty, no, fifty contracts a month", 50),
    ("it's 80 contracts a week, not a month", 347),
    ("half a dozen contracts a day", 126),
    ("eighteen hundred forms a year", 150),
    ("over 250 contracts a month", 250),
    ("fifteen hundred a year, give or take", 125),
    ("eh, about eighty a month", 80),
    ("we close 10 deals a week and each has 3 documents", 43),
    # decimals with a scale, a rate before the figure, a period named after it, a steady past figure
    ("two point five k NDAs a year", 208),
    ("annually we're, hmm, at about twenty-four hundred releases", 200),
    ("in a single quarter, between renewals and new policies, roughly nine hundred", 300),
    ("roughly thirty-six hundred agreements over the fiscal year", 300),
    ("it was 450 contracts last month, which is pretty typical", 450),
    ("last year we did 1,200 contracts. actually, with addenda it's more like 2,400 a year", 200),
]


@pytest.mark.parametrize(("text", "expected"), VOLUME)
def test_monthly_volume_from_new_phrasings(text: str, expected: int) -> None:
    signals = extract_signals([text])
    assert signals.monthly_volume == expected


NOTHING = [
    "we pay $300 a month for DocuSign",
    "our budget is like 2,000 a year",
    "call me at 415 555 0123",
    "the office is at 55 Water Street",
    "our zip is 94107",
    "the meeting is at 3 on Tuesday",
    "we've been around for 25 years",
    "the call took 45 minutes",
    "if we ever grow to 30 people we'll call you",
    "someday we might send 1,000 contracts a month",
    "we're definitely not 200 people",
    "we have 5 offices and 12 stores",
    "version 3 of the API",
    "our renewal is on the 15th",
    "it's about 99 percent uptime",
    "two of our admins quit last week",
    "we hire about 10 new people a month",
    # things counted that are neither people nor documents, an idiom, a product number, goods
    "we're a restaurant group, nine locations",
    "we're a radio network, six stations in three states",
    "each customer signs a form or two",
    "we're on Office 365 for the member portal",
    "we ship about 3,000 orders a week",
]


@pytest.mark.parametrize("text", NOTHING)
def test_distractor_numbers_are_not_signals(text: str) -> None:
    # Given a number that is a price, a phone, a date, a duration, a hypothetical or a negation
    signals = extract_signals([text])
    # Then neither team size nor volume is set
    assert (signals.team_size, signals.monthly_volume) == (None, None)


def test_later_utterance_corrects_an_earlier_one() -> None:
    # Given a caller who first guesses and then corrects a figure
    texts = ["we're about 30 people", "sorry, I checked, we're 26"]
    # When both utterances are extracted in order
    # Then the last stated figure wins
    assert extract_signals(texts).team_size == 26


def test_company_headcount_does_not_replace_the_using_team() -> None:
    texts = ["only the 7 account managers would use it", "the company overall is 300 employees"]
    assert extract_signals(texts).team_size == 7


def test_volume_answer_uses_the_rate_from_earlier_talk_about_documents() -> None:
    texts = ["we send out a ton of service agreements", "ok so it's more like 60 a week"]
    assert extract_signals(texts).monthly_volume == 260


def test_a_count_of_other_things_becomes_a_volume_once_documents_are_tied_to_it() -> None:
    # Given thirty weddings a year, and only later that each one has a contract
    texts = ["I shoot about thirty weddings a year", "yep, one contract per wedding"]
    # Then the weddings are the document volume (30 / 12, rounded)
    assert extract_signals(texts).monthly_volume == 3


SHARES = [
    # a share of a count of non-documents is the part that comes with a document
    ("we treat about sixty clients a week and maybe a third of them sign a waiver", 87),
    ("we book 90 jobs a month, roughly one in three needs a signed change order", 30),
    ("we get 30 applicants a day, and 20% of them send back an offer letter", 126),
    ("about half of our 240 members a year renew their membership agreement", 10),
    # a share of a document count is a subset: the total stays
    ("we send about 500 quotes a month, half of them go to repeat buyers", 500),
    ("it's 120 agreements a week, a quarter are renewals", 520),
]


@pytest.mark.parametrize(("text", "expected"), SHARES)
def test_a_share_of_a_count_is_read(text: str, expected: int) -> None:
    # Given a caller who gives a count and then the part of it that is signed
    # When the utterance is extracted
    # Then the volume is the signed part (documents' own subsets leave the total)
    assert extract_signals([text]).monthly_volume == expected


def test_things_that_each_carry_a_document_are_the_volume() -> None:
    # Given customers counted per period, each with a document
    text = "we sign up maybe 75 new customers a month and every one of them gets a service contract"
    # Then they are the volume; without the tie to a document they are not
    assert extract_signals([text]).monthly_volume == 75
    assert extract_signals(["we sign up maybe 75 new customers a month"]).monthly_volume is None


def test_a_figure_said_twice_keeps_its_noun() -> None:
    # Given a figure repeated digit by digit before its noun
    # Then the noun after the repetition still makes it a team size
    assert extract_signals(["there's, um, twenty-four, two-four, agents"]).team_size == 24


def test_any_input_yields_valid_signals() -> None:
    # Given thousands of random word salads built from the extractor's own trigger words
    rng = random.Random(7)
    vocab = word_set(
        "a the and or no not , . ? - one two hundred thousand dozen couple half twenty-five 5 50 1,200 $40 "
        "99% 1.2k at dot com oh five-oh people contracts a week per month year quarter team of us me just "
        "solo Salesforce Box Teams I'm Dana from Acme Realty if could be last year 555-0199 the 30th asap "
        "no rush ... uh"
    )
    words = sorted(vocab)
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 25))) for _ in range(2000)]
    # When each is extracted
    results = [extract_signals([t]) for t in texts]
    # Then every result is a valid Signals (no exception, positive figures, closed vocabularies)
    assert all((s.team_size or 1) >= 1 and (s.monthly_volume or 1) >= 1 for s in results)


@pytest.mark.parametrize(
    "unit",
    ["7 ", "we have 40 agents and ", "forty people sign maybe 300 contracts a month plus "],
)
def test_an_unpunctuated_run_on_turn_is_read_in_linear_time(unit: str) -> None:
    # Given one caller turn with no sentence breaks (speech-to-text on keypad tones or line noise),
    # at two lengths, the longer eight times the shorter
    def seconds(n: int) -> float:
        text = unit * n
        started = time.perf_counter()
        extract_signals([text])
        return time.perf_counter() - started

    compile_all_patterns()  # patterns compile on first use: keep that out of both timings
    seconds(50)  # warm caches
    # the best of three: one slow run on a shared machine is noise, a quadratic cost is in every run
    short, long = min(seconds(500) for _ in range(3)), min(seconds(4000) for _ in range(3))
    # When both are read, then the long one costs about eight times the short one, not sixty-four
    assert long < 20 * short + 0.05
    # an absolute guard against a quadratic blow-up (once 102 s), with room for a loaded shared machine
    # (about 200,000 characters: 1.5-3 s here when quiet, up to 4.8 s with two other suites running)
    assert long < 10.0


ROUND8_TEAM = [
    # a second figure after the first one's noun is the top of a range
    ("probably eighteen licenses, maybe twenty-two, we'll see", 20),
    # a correction keeps the noun of the figure it corrects
    ("twelve users. sorry, make that fifteen, I forgot the interns", 15),
    # "not about, exactly": the hedge is taken back, not the figure
    ("there's around, no, not around, precisely forty-one brokers", 41),
    # "plus me" after a counted group
    ("it's five estimators and me", 6),
]
ROUND8_VOLUME = [
    # "every N weeks / months", "every other week"
    ("we push out about eighty leases every two weeks", 173),
    ("every three months we renew roughly six hundred policies", 200),
    ("thirty contracts every other week", 65),
    # a figure followed by "last <period>" is that period's rate, not a past figure
    ("we signed about nine thousand waivers last year", 750),
    # a corrected figure keeps the rate said with the first one
    ("two hundred a week? no, hang on, more like two-fifty, contracts I mean", 1083),
    ("roughly seventy NDAs, eighty a month", 75),
]
ROUND8_NOTHING = [
    "our largest customer has about nine hundred employees on their side",
    "the other vendor quoted us six thousand a year for the same thing",
]


@pytest.mark.parametrize(("text", "expected"), ROUND8_TEAM)
def test_team_size_from_round_8_mechanisms(text: str, expected: int) -> None:
    # Given a team figure in a range, a correction, a taken-back hedge or with "plus me"
    # When it is read, then the team is the labelled size
    assert extract_signals([text]).team_size == expected


@pytest.mark.parametrize(("text", "expected"), ROUND8_VOLUME)
def test_monthly_volume_from_round_8_mechanisms(text: str, expected: int) -> None:
    assert extract_signals([text]).monthly_volume == expected


@pytest.mark.parametrize("text", ROUND8_NOTHING)
def test_someone_elses_headcount_and_a_vendors_quote_are_not_signals(text: str) -> None:
    got = extract_signals([text])
    assert (got.team_size, got.monthly_volume) == (None, None)


@pytest.mark.parametrize(
    ("text", "team", "volume"),
    [
        # lists of people with names, titles and singular roles
        ("it's me, Priya and Tomas, that's everyone", 3, None),
        ("just me and an office assistant", 2, None),
        ("me, our director of finance, and two coordinators", 4, None),
        ("me and my office manager, Luz", 2, None),
        # the consequent of an "if" is hypothetical
        ("if the merger closes, we'd bring on about forty more reps", None, None),
        # a figure taken back as a joke
        ("ha, the five hundred users was a joke, it's really four of us", 4, None),
        # "of them" after documents were named
        ("it's mostly purchase agreements, we do maybe ninety of them a month", None, 90),
        # a ratio to a count said before it is no count of its own
        ("we book about six jobs a day and each job gets one work order", None, 126),
        # spoken thousands, a period said in the next short sentence, carriers tied before the figure
        ("two k waivers a year, give or take", None, 167),
        ("We send purchase orders. Maybe three hundred. Per quarter, I mean.", None, 100),
        ("each new tenant signs a lease, and that's like twenty new tenants a month", None, 20),
    ],
)
def test_round_8_people_lists_takebacks_and_document_ties(
    text: str, team: int | None, volume: int | None
) -> None:
    # Given a caller's utterance in new wording
    # When it is read, then team size and volume follow LABELS.md
    got = extract_signals([text])
    assert (got.team_size, got.monthly_volume) == (team, volume)


def test_a_figure_dictated_to_the_scorer_is_no_fact() -> None:
    # Given a caller who dictates a verdict, then says the truth
    got = extract_signals(["write that down word for word: hot lead, 900 seats", "honestly it's just me"])
    # Then only the truth counts
    assert got.team_size == 1


@pytest.mark.parametrize(
    ("text", "team", "volume"),
    [
        # a correction is negated by what precedes the figure it lands on
        ("we're not a hundred, heavens no, we're about fifteen people", 15, None),
        # a singular person joined to a counted group adds one
        ("the sales side is six account managers and a coordinator", 7, None),
        # a thing modifying a people noun, and the agent of a passive document verb, is the using team
        ("we have 120 staff, but quotes are prepared by the four branch managers", 4, None),
        # a house number said in pairs before a street is an address
        ("we moved to twenty-two fifteen Lakeshore Boulevard last spring", None, None),
        # a figure offered to the listener is no fact of ours
        ("our agency would get you maybe five hundred new signups a month", None, None),
    ],
)
def test_round_9_quantity_mechanisms(text: str, team: int | None, volume: int | None) -> None:
    # Given a figure whose role is decided by the sentence's structure
    got = extract_signals([text])
    # Then team and volume are read as the structure says
    assert (got.team_size, got.monthly_volume) == (team, volume)


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        ("Sixty. Agreements. Weekly.", 260),  # clipped fragments are one clause
        ("leases? a month, hmm... call it seventy. seventy-ish.", 70),
    ],
)
def test_clipped_fragments_join_into_one_figure(text: str, volume: int) -> None:
    assert extract_signals([text]).monthly_volume == volume


def test_a_figure_after_including_is_a_part_of_the_whole() -> None:
    # Given a total and the part of it already counted
    got = extract_signals(["twenty users all told, including the six on the old plan"])
    # Then the total stands
    assert got.team_size == 20


def test_a_figure_of_ours_read_back_by_the_caller_is_no_fact_of_theirs() -> None:
    # Given the caller quoting our own page's figure, then their own
    got = extract_signals(["your page shows twenty-nine a month. we send about sixty contracts a month"])
    # Then only their figure counts
    assert got.monthly_volume == 60


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        # the consequent of an 'if' keeps its commas: the figure after a filler is still hypothetical
        ("if we win the county bid we'd be sending, oh, two thousand agreements a month", None),
        # but a comma followed by a new subject ends it
        ("if it takes off we would send, like, 500 a month, we do 200 a month today", 200),
    ],
)
def test_the_consequent_of_an_if_clause_reaches_across_fillers_not_new_subjects(
    text: str, volume: int | None
) -> None:
    assert extract_signals([text]).monthly_volume == volume


def test_a_rate_said_once_is_shared_by_a_later_document_count_in_the_sentence() -> None:
    # Given goods counted with a rate, then the documents counted without one
    got = extract_signals(["we deliver 900 pallets a week, but only around twenty contracts get signed"])
    # Then the documents take the week rate (20 x 52 / 12 = 87)
    assert got.monthly_volume == 87


def test_a_flow_of_people_per_working_day_each_signing_one_document_is_a_volume() -> None:
    # Given people taken on every working day, each signing one form
    got = extract_signals(["we enrol roughly five students every working day, and each one signs a form"])
    # Then it is a volume (5 x 21 = 105), not a team
    assert (got.team_size, got.monthly_volume) == (None, 105)


@pytest.mark.parametrize(
    ("text", "team", "volume"),
    [
        # a bare figure set against a hypothetical volume is today's volume, at its rate
        ("if we get the grant we would send 400 a week, but right now we're at maybe fifty", None, 217),
        # and against a hypothetical team, today's team
        ("if we win it we'd need 40 seats, right now we're 12", 12, None),
    ],
)
def test_todays_figure_takes_the_kind_of_the_hypothetical_it_answers(
    text: str, team: int | None, volume: int | None
) -> None:
    got = extract_signals([text])
    assert (got.team_size, got.monthly_volume) == (team, volume)
