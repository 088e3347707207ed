"""Team-size and volume classes found by blind rounds 16 and 17's misses, tested in wording of our own.

Each class holds sentences that must be read (several callers, industries and orders) and near-misses that
must not fire, so that a rule passes the language and not one blind line.
"""

import pytest

from postcall.extraction import SignalTracker, extract_signals


def _read(text: str) -> tuple[int | None, int | None]:
    got = extract_signals([text])
    return got.team_size, got.monthly_volume


@pytest.mark.parametrize(
    ("text", "team_size", "monthly_volume"),
    [
        ("Mortgage lender, twenty LOs.", 20, None),
        ("hiya, we're a scaffolding firm, about forty lads on site", 40, None),
        ("we've got twelve MLOs and a processor", 13, None),
        ("the call center has nine CSRs right now", 9, None),
        ("we're a clinic, eight RNs and three LPNs use the forms", 11, None),
        ("roofing company, fifteen blokes on the crew", 15, None),
        ("small practice, two NPs and a physician", 3, None),
        ("we run a dozen fellas in the shop", 12, None),
        ("there's ten EAs who'd be sending the stuff", 10, None),
        ("about thirty CNAs on staff", 30, None),
        ("eleven AMs and four CSMs", 15, None),
        ("six gals in the front office handle it", 6, None),
        ("our three medics and two EMTs", 5, None),
        # near-misses: acronyms of things, investors, a place name
        ("we send about forty PDFs a month", None, 40),
        ("we sell around six SKUs", None, None),
        ("we run ten VMs for the app", None, None),
        ("twenty LPs invested in the fund", None, None),
        ("we have two in Los Angeles and the rest remote", None, None),
    ],
)
def test_role_acronyms_and_informal_people_words_count_people(
    text: str, team_size: int | None, monthly_volume: int | None
) -> None:
    # Given a team counted by a role acronym ("LOs", "RNs") or an informal word ("lads", "fellas")
    # When its signals are read
    # Then the figure is the team size, and acronyms of things or names are not people
    assert _read(text) == (team_size, monthly_volume)


@pytest.mark.parametrize(
    ("text", "team_size", "monthly_volume"),
    [
        ("we send every working day like six proposal, sometimes more", None, 126),
        ("each business day we get maybe ten contracts signed", None, 210),
        ("on a working day it's about four agreements", None, 84),
        ("per business day, roughly 3 quotes go out", None, 63),
        ("every workday we do five or so leases", None, 105),
        ("any given business day there's like eight NDAs", None, 168),
        ("every single working day, two to four contracts", None, 63),
        ("most working days we send out about twelve estimates", None, 252),
        # near-misses: days that are no rate of documents
        ("we work every day, six of us", 6, None),
        ("we've been open every business day for 20 years", None, None),
        ("every working day I get fifty emails", None, None),
        ("each day of the trip we saw 300 tourists", None, None),
    ],
)
def test_a_rate_per_working_day_said_before_the_figure(
    text: str, team_size: int | None, monthly_volume: int | None
) -> None:
    # Given a count said after "every working day" / "each business day" / "most working days"
    # When its signals are read
    # Then the volume is the daily count times 21 working days
    assert _read(text) == (team_size, monthly_volume)


@pytest.mark.parametrize(
    ("text", "team_size", "monthly_volume"),
    [
        ("we're not hiring anybody until next year, so the team's staying at eight", 8, None),
        ("headcount sits at fifteen these days", 15, None),
        ("our staff is stuck at six for now", 6, None),
        ("the team has stayed at nine for two years", 9, None),
        ("we're holding steady at twelve people", 12, None),
        ("we're sitting at fourteen right now, not hiring", 14, None),
        ("we're about twenty these days", 20, None),
        ("team remains at 7, no plans to grow", 7, None),
        ("we're capped at ten seats on the budget", 10, None),
        ("the crew's down to five since the summer", 5, None),
        # near-misses: clock times after "at"
        ("the office opens at eight, we close at five", None, None),
        ("I have a meeting at nine", None, None),
        ("call me back at four", None, None),
        ("we're stuck at the old system since 2019", None, None),
    ],
)
def test_a_team_size_said_as_a_level_it_holds(
    text: str, team_size: int | None, monthly_volume: int | None
) -> None:
    # Given a team whose size is said as a state ("staying at eight", "sits at fifteen", "down to five")
    # When its signals are read
    # Then the level is the team size, while a clock time after "at" stays no count
    assert _read(text) == (team_size, monthly_volume)


@pytest.mark.parametrize(
    ("text", "team_size", "monthly_volume"),
    [
        (
            "twelve, sorry, fourteen, no, fifteen if you count Marisol, she's part-time but needs a login",
            15,
            None,
        ),
        ("nine, ten if you count me", 10, None),
        ("eight people, nine if you count the intern", 9, None),
        ("about twenty, twenty-two if you include Dave and Priya", 22, None),
        ("six of us, seven if you count my wife who does the books", 7, None),
        ("it's four, five if you count Jamal", 5, None),
        ("eleven, well twelve if you count the owner", 12, None),
        ("thirteen if you include our bookkeeper", 13, None),
        ("we're six, seven counting me", 7, None),
        ("twenty, twenty-one including the owner", 21, None),
        # near-misses: a real condition, or a total of things that are not staff
        ("if we hire two more we'd be twelve", None, None),
        ("if we ever hit 20 people we'll need it", None, None),
        ("if you count the volunteers it's hundreds, but staff is nine", 9, None),
        ("if business picks up we might need fifteen seats", None, None),
        ("a hundred if you count the customers", None, None),
        ("two hundred if you include the renewals", None, None),
    ],
)
def test_a_figure_totalled_with_a_person_is_the_team(
    text: str, team_size: int | None, monthly_volume: int | None
) -> None:
    # Given a bare figure (or the end of a correction chain) said with "if you count <person>"
    # When its signals are read
    # Then that figure is the team size: "if you count" adds a person, it is no hypothetical
    assert _read(text) == (team_size, monthly_volume)


@pytest.mark.parametrize(
    ("text", "team_size", "monthly_volume"),
    [
        (
            "we'd maybe do a thousand a month eventually, if it works out, but right now we're pre-launch, "
            "we're not sending any",
            None,
            None,
        ),
        ("we could be doing five hundred a month once the franchise opens", None, None),
        ("I'd guess we'll hit 300 contracts a month down the road", None, None),
        ("the goal is two hundred agreements a month by next year", None, None),
        ("we'd probably send fifty a week if the grant comes through", None, None),
        ("eventually we want to be doing a thousand leases a month", None, None),
        ("once we launch, maybe 400 a month", None, None),
        ("someday we'd be at like 80 proposals a week", None, None),
        # near-misses: today's volume beside a future one, and "we'd" as a hedge
        ("we do about 300 a month now, maybe more eventually", None, 300),
        ("right now it's 60 contracts a month", None, 60),
        ("we'd say about 120 a month", None, 120),
        ("I'd guess around two hundred a month", None, 200),
        ("we'd send around 80 a month if I had to guess", None, 80),
        ("we do 300 a month now, and we'd be at 600 a month if the merger closes", None, 300),
        ("our target is 500 a month, right now we do about 150", None, 150),
    ],
)
def test_a_volume_still_to_come_does_not_count(
    text: str, team_size: int | None, monthly_volume: int | None
) -> None:
    # Given a volume the caller only expects or aims at ("eventually", "by next year", "the goal is",
    # "we'd ... if the grant comes through")
    # When its signals are read
    # Then it is no volume, while today's figure said beside it is
    assert _read(text) == (team_size, monthly_volume)


@pytest.mark.parametrize(
    ("text", "team_size", "monthly_volume"),
    [
        ("hmm. okay. and how many documents does the starter plan include, like ten a month?", None, None),
        ("does the basic plan include fifty envelopes a month?", None, None),
        ("is there a limit, like 20 documents a month on the cheap tier?", None, None),
        ("how many sends do I get on the starter, is it five a month?", None, None),
        ("does the team plan cap you at 100 a month?", None, None),
        ("do you get unlimited, or is it like 25 a month on the pro plan?", None, None),
        ("what's the allowance, 30 a month?", None, None),
        ("does the free trial let you send ten documents?", None, None),
        # near-misses: the caller's own volume beside a question about plans
        ("we send ten a month, does the starter plan cover that?", None, 10),
        ("we do about 40 contracts a month", None, 40),
        ("is 200 a month a lot for you guys? that's what we do", None, 200),
        ("we'll need around sixty a month, which plan is that?", None, 60),
        ("which plan do I get for 40 a month?", None, 40),
        ("we send about 300 a month. does the pro plan include that many?", None, 300),
    ],
)
def test_a_question_about_a_plans_allowance_is_no_volume(
    text: str, team_size: int | None, monthly_volume: int | None
) -> None:
    # Given a question about what one of our plans includes ("does the starter plan include ten a month?")
    # When its signals are read
    # Then its figure is no volume of the caller's; a volume the caller states beside it still is
    assert _read(text) == (team_size, monthly_volume)


@pytest.mark.parametrize(
    ("text", "team_size", "monthly_volume"),
    [
        (
            "each quote gets signed before we start, and we do maybe forty, fifty of those a week, "
            "depends on the weather",
            None,
            195,
        ),
        ("thirty, forty contracts a month", None, 35),
        ("we sign like two, three hundred leases a month", None, 250),
        ("sixty, seventy agreements a month, roughly", None, 65),
        ("team's eight, nine people", 8, None),
        ("every estimate gets signed, we do twenty, thirty of them a week", None, 108),
        ("ten, fourteen proposals a week", None, 52),
        ("uh, fifteen, twenty a month, the NDAs", None, 17),
        ("the lease is the big one, we sign sixty, seventy of them a month", None, 65),
        ("each waiver gets signed at the desk, like a hundred, a hundred twenty of those a week", None, 477),
        # near-misses: two figures of different things, a change of the team
        ("we have two offices, forty people", 40, None),
        ("we've got ten trucks, twelve of them a week go out", None, None),
        ("we hired three, four people last year", None, None),
    ],
)
def test_two_rough_figures_of_a_document_named_before(
    text: str, team_size: int | None, monthly_volume: int | None
) -> None:
    # Given two rough figures said as a range, counting "those"/"them" of a document named in the singular
    # When its signals are read
    # Then the volume is the range's midpoint in its period
    assert _read(text) == (team_size, monthly_volume)


@pytest.mark.parametrize(
    ("text", "team_size", "monthly_volume"),
    [
        (
            "we're a home builder, custom homes, maybe a dozen houses a year, so it's not about volume, "
            "it's the change orders being a mess",
            None,
            None,
        ),
        (
            "we restore maybe ten boats a year, the numbers aren't the problem, it's chasing signatures "
            "on the work orders",
            None,
            None,
        ),
        ("we do about thirty weddings a year", None, None),
        ("we build maybe forty decks a season", None, None),
        ("we sell like twenty cars a week", None, None),
        ("we finish about eight kitchens a month", None, None),
        ("we renovate six bathrooms a month", None, None),
        ("we list maybe 15 properties a month", None, None),
        ("about 200 shipments a week", None, None),
        # near-misses: the things tied to paperwork, and documents or bare counts
        ("maybe a dozen contracts a year", None, 1),
        ("we do thirty weddings a year and each one gets a contract", None, 3),
        ("about eighty a month", None, 80),
        ("we send 50 estimates a week", None, 217),
        ("we sell thirty-five, forty cars a month, and that's one bill of sale each", None, 37),
        ("we publish twelve books a year, and authors sign a contract for each one", None, 1),
        ("we sell ninety, a hundred cars in the month. each car is one package of contract", None, 95),
    ],
)
def test_things_that_are_not_documents_are_no_volume_until_tied_to_paperwork(
    text: str, team_size: int | None, monthly_volume: int | None
) -> None:
    # Given a count of things that are no documents ("a dozen houses a year", "twenty cars a week")
    # When its signals are read
    # Then it is no volume unless the caller ties each one to paperwork (in its sentence or the next)
    assert _read(text) == (team_size, monthly_volume)


def test_things_counted_first_become_the_volume_once_paperwork_comes_up() -> None:
    # Given a count of cars a week, and only in a later turn that each one comes with a contract
    got = extract_signals(["we sell like twenty cars a week", "yeah, every sale gets a purchase agreement"])
    # Then the cars are the document volume (20 x 52 / 12)
    assert got.monthly_volume == 87


@pytest.mark.parametrize(
    ("text", "team_size", "monthly_volume"),
    [
        ("there's six AEs and two SDRs, but the SDRs don't send contracts", 6, None),
        ("we have ten recruiters and four sourcers, but the sourcers never touch the offers", 10, None),
        ("five agents and two assistants, the assistants don't sign anything", 5, None),
        ("twelve techs and three dispatchers, but the techs won't use it", 3, None),
        ("four lawyers and six paralegals, though the paralegals wouldn't need it", 4, None),
        ("eight sales reps plus two admins, admins don't need a login", 8, None),
        ("three brokers and a receptionist, she doesn't need it", 3, None),
        ("seven nurses and two doctors, the doctors don't do the paperwork", 7, None),
        ("ten reps and two managers, but the managers don't really send much", 10, None),
        ("nine drivers and three office staff, the drivers never see the contracts", 3, None),
        # near-misses: groups that all use it
        ("six AEs and two SDRs", 8, None),
        ("ten recruiters and four sourcers, everyone sends offers", 14, None),
        ("five agents and two assistants, and they all use it", 7, None),
        ("three lawyers and a paralegal", 4, None),
    ],
)
def test_a_group_said_not_to_use_it_is_left_out_of_the_team(
    text: str, team_size: int | None, monthly_volume: int | None
) -> None:
    # Given two groups of people counted together, then one of them said not to use or send anything
    # When its signals are read
    # Then the team is the other group only
    assert _read(text) == (team_size, monthly_volume)


@pytest.mark.parametrize(
    ("text", "team_size", "monthly_volume"),
    [
        (
            "we have four hundred employees, but the ones who'd use it is purchasing, that's six buyers",
            6,
            None,
        ),
        (
            "the company's about three hundred people, but only the HR team would use it, that's four of "
            "them",
            4,
            None,
        ),
        (
            "two hundred staff total, the folks who'd actually send contracts are the sales team, nine reps",
            9,
            None,
        ),
        ("we're 150 employees but the users would be procurement, five buyers", 5, None),
        ("there's like eighty of us, but just the leasing office uses it, that's three agents", 3, None),
        (
            "we employ 500 people; the ones sending agreements are our account managers, twelve of them",
            12,
            None,
        ),
        (
            "company's sixty-odd, but the ones sending contracts, that's the sales crew, fourteen of them",
            14,
            None,
        ),
        ("big firm, 900 lawyers, but it's for the real estate group, eleven attorneys", 11, None),
        ("twenty employees, and the managers would use it, three or four of them", 3, None),
        ("we have 60 staff and the ones who sign are the 4 directors", 4, None),
        ("we have 20 employees, but the ones who would use it are 3 managers and 2 admins", 5, None),
        ("50 people, but the users would be 6 recruiters", 6, None),
        # near-misses: no using group named after the size, or outsiders who sign
        ("we have four hundred employees and they'd all use it", 400, None),
        ("we're 50 people", 50, None),
        ("we have 40 staff, and the clients sign about 200 forms a month", 40, 200),
        ("we're 30 people but the ones who'd use it send about 50 contracts a month", 30, 50),
        ("I am office manager, the patients sign the consent, maybe forty in one week", None, 173),
    ],
)
def test_the_using_group_named_after_the_company_size_is_the_team(
    text: str, team_size: int | None, monthly_volume: int | None
) -> None:
    # Given a company size, then the group that would use the product and its size
    # When its signals are read
    # Then the using group's size is the team, whatever word counts it ("six buyers", "fourteen of them")
    assert _read(text) == (team_size, monthly_volume)


@pytest.mark.parametrize(
    ("text", "team_size", "monthly_volume"),
    [
        (
            "we're a food pantry network, all volunteers except three staff, and the three of us would be "
            "the ones using it",
            3,
            None,
        ),
        ("four people in the office, and the four of us would all use it", 4, None),
        ("we have five agents, all five would need a seat", 5, None),
        ("two of us, and both of us sign stuff", 2, None),
        ("there's seven staff and the seven of us do everything", 7, None),
        ("six paralegals, and those six would use it", 6, None),
        ("our team is nine, and all nine of us send contracts", 9, None),
        ("three partners, the three of us would be on it", 3, None),
        # near-misses: a second group, not the first said again
        ("three staff and two volunteers", 5, None),
        ("four paralegals and the two partners", 6, None),
    ],
)
def test_a_group_said_again_is_not_a_second_group(
    text: str, team_size: int | None, monthly_volume: int | None
) -> None:
    # Given a group counted, then the same group said again ("and the three of us would be using it")
    # When its signals are read
    # Then the team is that group once, not the two figures added up
    assert _read(text) == (team_size, monthly_volume)


@pytest.mark.parametrize(
    ("text", "team_size", "monthly_volume"),
    [
        (
            "we did, what was it, eighteen hundred installs last year, near enough, and it's one agreement "
            "per install",
            None,
            150,
        ),
        ("we closed 240 loans last year, one contract per loan", None, 20),
        ("we did 360 jobs last year, one contract each", None, 30),
        ("we sold 1,200 policies last year", None, 100),
        ("we did 90 weddings last year, and every couple signs one contract", None, 8),
        ("we finished 48 kitchens last year, each with a signed proposal", None, 4),
        ("we moved about 600 families last quarter and every move has a service agreement", None, 200),
        # near-misses: goods, a bare ratio, people, and things with no paperwork
        ("we shipped 5,000 orders last month", None, None),
        ("it's one agreement per install", None, None),
        ("one contract for each job", None, None),
        ("we hired 12 people last year", None, None),
        ("we built 30 houses last year", None, None),
    ],
)
def test_last_periods_total_of_things_with_one_document_each(
    text: str, team_size: int | None, monthly_volume: int | None
) -> None:
    # Given the last period's total of jobs, installs or loans, each said to come with a document
    # When its signals are read
    # Then the volume is that total in its period, and "one agreement per install" is a ratio, not a count
    assert _read(text) == (team_size, monthly_volume)


@pytest.mark.parametrize(
    ("text", "team_size", "monthly_volume"),
    [
        ("the office has been steady at eleven for a while", 11, None),
        ("headcount's flat at 30", 30, None),
        ("we've got 14 FAs and 3 CFPs", 17, None),
        ("six paras and two teachers would use it", 8, None),
        ("we do about fifteen contracts every business day", None, 315),
        ("on a normal working day maybe seven quotes", None, 147),
        ("our staff is eleven, twelve if you count Joe", 12, None),
        ("fourteen including myself", 14, None),
        ("does the premium tier include 500 envelopes a month?", None, None),
        ("what's the cap on the starter plan, like 10 docs a month?", None, None),
        ("the plan is to be sending 1,000 a month by spring", None, None),
        ("we'd probably do like 300 a month if we landed the state contract", None, None),
        ("maybe twenty trucks a day come through", None, None),
        ("we sell about 40 boats a year and each one has a purchase agreement", None, 3),
        ("we've got nine loan officers and two processors, but the processors don't sign anything", 9, None),
        ("500 employees overall, but the ones who'd actually use it are HR, that's six people", 6, None),
        ("our firm's 120, but it'd only be the closing team using it, maybe eight of them", 8, None),
        ("eight of us, and the eight of us all send contracts", 8, None),
        ("we did about 3,000 jobs last year and every job gets a work order signed", None, 250),
        ("the lads, there's about twenty of them", 20, None),
    ],
)
def test_the_round_17_classes_in_other_callers_words(
    text: str, team_size: int | None, monthly_volume: int | None
) -> None:
    # Given each class above said once more in other words, orders and trades
    # When its signals are read
    # Then the team and the volume are read as the class says
    assert _read(text) == (team_size, monthly_volume)


@pytest.mark.parametrize(
    ("text", "team_size", "monthly_volume"),
    [
        ("we're at about 45 employees, though only 10 would need accounts", 10, None),
        ("30 people, but only 6 would use it", 6, None),
        ("we have 200 staff and only about a dozen would be sending", 12, None),
        ("fifty employees, only eight need logins", 8, None),
        ("we're 80 people; maybe 15 would actually use it", 15, None),
        ("twenty of us, just five would need seats", 5, None),
        ("100 employees but really only 4 or 5 touch contracts", 4, None),
        ("the firm's 60 and only 7 would sign stuff", 7, None),
        # near-misses: everyone uses it, or the later figure counts something else
        ("we have 45 employees and they'd all need accounts", 45, None),
        ("we're 30 people and we send only 10 contracts a month", 30, 10),
        ("40 staff, and we'd need maybe 3 integrations", 40, None),
        ("12 people, only 2 offices", 12, None),
    ],
)
def test_the_part_of_the_company_that_would_use_it_is_the_team(
    text: str, team_size: int | None, monthly_volume: int | None
) -> None:
    # Given a company size, then "only N would need accounts" / "only 4 or 5 touch contracts"
    # When its signals are read
    # Then the part that would use it is the team: what follows "would"/"need"/"touch" is said of the
    # figure, not what it counts
    assert _read(text) == (team_size, monthly_volume)


@pytest.mark.parametrize(
    "text",
    [
        "we've got 1,200 policyholders and each one renews annually",
        "we run a summer camp with 300 campers",
        "about 500 cardholders use the program",
        "we have 80 seniors in the day program",
        "the course has 200 golfers on a Saturday",
    ],
)
def test_customers_named_by_a_role_ending_are_no_team(text: str) -> None:
    # Given a count of customers whose word ends like a role ("policyholders", "campers", "seniors")
    # When its signals are read
    # Then they are not the caller's team
    assert extract_signals([text]).team_size is None


def test_staff_counted_beside_customers_with_a_role_ending_are_the_team() -> None:
    # Given campers and the counselors who work there
    got = extract_signals(["we run a summer camp with 300 campers and 40 counselors"])
    # Then the counselors are the team
    assert got.team_size == 40


@pytest.mark.parametrize(
    ("text", "team_size", "monthly_volume"),
    [
        ("um so there's, like, uh, nine? ten? of us", 9, None),
        ("we're like, what, fifteen people? sixteen?", 15, None),
        ("there's the two partners, three associates and a receptionist", 6, None),
        ("four agents, two admins and a manager", 7, None),
        ("3 lawyers, 2 paralegals, and an office manager", 6, None),
        ("in a busy month 300 but usually 120", None, 120),
        ("on a slow week maybe 20 contracts, a normal week 40", None, 173),
        # near-misses: no list after the comma, a correction
        ("ten reps, fifteen users and growing", 15, None),
        ("we're like, what, fifteen people? no, fifty", 50, None),
    ],
)
def test_spoken_guesses_lists_and_kinds_of_months(
    text: str, team_size: int | None, monthly_volume: int | None
) -> None:
    # Given guesses said as questions ("nine? ten? of us"), a list of groups ending in "and a receptionist",
    # or a figure for "a busy month" beside the usual one
    # When its signals are read
    # Then the guesses are a range, the list adds up, and the usual month is the volume
    assert _read(text) == (team_size, monthly_volume)


@pytest.mark.parametrize(
    ("text", "team_size", "monthly_volume"),
    [
        ("price for 5 seats", 5, None),
        ("can I get pricing for 20 users", 20, None),
        ("what's the price for three users? it's myself, my co-editor, and our marketing person", 3, None),
        ("quote for 8 agents please", 8, None),
        ("how much for 2 people?", 2, None),
        ("we pay 400 a month for 12 seats", 12, None),
        ("twelve licences please", 12, None),
        ("we'd need logins for nine", 9, None),
        ("we need licences for 14", 14, None),
        # near-misses: prices, not seats
        ("it costs 20 per user", None, None),
        ("we pay 50 bucks a month for our current tool", None, None),
        ("the quote was 300 for the year", None, None),
    ],
)
def test_seats_a_price_is_asked_for_are_the_team(
    text: str, team_size: int | None, monthly_volume: int | None
) -> None:
    # Given a price or quote asked "for N users/seats/agents", or licences and logins for N
    # When its signals are read
    # Then N is the team, while the prices themselves are no count
    assert _read(text) == (team_size, monthly_volume)


@pytest.mark.parametrize(
    ("text", "team_size", "monthly_volume"),
    [
        ("each of our 3 offices does about 50 a month", None, 150),
        ("we have 4 offices and each office sends about 30 contracts a month", None, 120),
        ("every one of our five stores does maybe 20 a week", None, 435),
        ("we have two clinics, each does 100 consents a month", None, 200),
        ("two offices, each has 5 people", 10, None),
        ("we have 3 clinics and each clinic has about 8 staff", 24, None),
        ("each of our four stores runs with 6 staff", 24, None),
        # near-misses: a total over the places, or each person rather than each place
        ("we have 3 offices and we send 90 contracts a month", None, 90),
        ("we have 3 offices, 20 people in total", 20, None),
        ("we have 12 agents and each does about 10 a month", 12, 120),
    ],
)
def test_a_figure_for_each_place_said_before_it_counts_every_place(
    text: str, team_size: int | None, monthly_volume: int | None
) -> None:
    # Given places counted, then "each (of our N offices) does/has" a figure
    # When its signals are read
    # Then the figure is counted at every place
    assert _read(text) == (team_size, monthly_volume)


@pytest.mark.parametrize(
    ("question", "answer", "team_size", "monthly_volume"),
    [
        ("How many documents a month?", "forty, fifty of those a week", None, 195),
        ("How many people would use it?", "twelve of them, roughly", 12, None),
        ("How many people would use it?", "six AEs, two SDRs, but the SDRs don't send", 6, None),
        ("How many people?", "eight lads in the yard and me", 9, None),
        ("How many people?", "four techs on site and me", 5, None),
        ("How many documents a month?", "every working day like four or five", None, 84),
        # near-misses: no caller added after a place, a bare partitive with no question
        ("How many people?", "ten reps in sales and marketing", 10, None),
        (None, "we do forty of those a week", None, None),
    ],
)
def test_answers_that_lean_on_the_question_or_add_the_caller(
    question: str | None, answer: str, team_size: int | None, monthly_volume: int | None
) -> None:
    # Given an answer whose "of those" stands for what the agent asked about, or that adds the caller after
    # a place ("eight lads in the yard and me")
    got = SignalTracker().observe(answer, asked=question)
    # Then "those" counts what was asked, and the caller is one more of the team
    assert (got.team_size, got.monthly_volume) == (team_size, monthly_volume)


@pytest.mark.parametrize(
    ("text", "team_size", "monthly_volume"),
    [
        ("we employ roughly 45 full-time", 45, None),
        ("twelve full-time, four part-time", 16, None),
        ("we have 8 full time and 3 part time", 11, None),
        ("we have 9 remote and 3 in-house", 12, None),
        ("5 part-time, and that is it", 5, None),
        # near-misses: hours and shifts are what the figure counts
        ("we work 40 full-time hours", None, None),
        ("we run 3 full-time shifts", None, None),
    ],
)
def test_staff_counted_by_how_they_work(text: str, team_size: int | None, monthly_volume: int | None) -> None:
    # Given bare figures said with "full-time", "part-time", "remote", "in-house" and no question before them
    # When its signals are read
    # Then they count staff (and the kinds add up), unless a plural thing after them is what is counted
    assert _read(text) == (team_size, monthly_volume)
