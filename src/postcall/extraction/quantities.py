"""Which numbers in an utterance are a team size or a document volume, and which are distractors.

A number counts as a team size when a people word follows it ("12 reps", "four of us", "20 seats") or
a team cue precedes it ("team of nine", "the reps are six"); as a volume when a rate goes with it
("300 a quarter" -> 100 a month) and the talk is about documents. Prices, dates, times, durations,
phone numbers, codes, negated ("not 50 people"), hypothetical ("if we ever hit 20") and past
("at my last job") figures never count.
"""

import re
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Final, Literal

from postcall.extraction.numbers import SCALES, TENS, UNITS, Quantity, merge_ranges, parse_numbers
from postcall.extraction.text import FILLERS, HEDGES, Token, longest_first, pattern_on_use, word_set

Field = Literal["team_size", "monthly_volume"]
Scope = Literal["user", "company"] | None

PEOPLE: Final = word_set("""
people person persons peoples employees employee staff staffers users user seats seat licenses
license reps rep agents agent brokers broker producers producer lawyers lawyer attorneys attorney
paralegals recruiters recruiter consultants consultant advisors advisers advisor accountants
accountant aes ae sdrs bdrs ftes fte members member folks guys guy volunteers salespeople
salesperson associates designers engineers developers devs doctors dentists therapists realtors
officers underwriters adjusters managers admins coordinators teachers writers dispatchers partners
workers nurses individuals planners assistants clinicians providers hygienists technicians techs
drivers estimators paralegal heads headcount staffer preparers bookkeepers closers processors
specialists analysts timers temps interns vets veterinarians pharmacists instructors tutors trainers
stylists barbers chefs cooks servers bartenders cashiers clerks inspectors surveyors architects cpas
principals operators movers hires founders cofounders co-founders owners csrs csr controllers csms csm
sdr bdr ams pms bosses supervisors
lads blokes fellas fellers chaps dudes gals ladies peeps crewmen crewmembers farmhands deckhands
los mlos rns lpns cnas crnas nps pas eas vas mas tas qas mds dmds emts lcsws slps ceos cfos ctos coos vps
medics paramedics aides nannies mechanics apprentices trainees guards pilots maids
fas cfps paras paraprofessionals creatives supers lpcs lmfts bcbas rbts dvms cmas scribes
licences licence logins login
""")
# Acronyms and informal words above that are also names or other words when written in title case.
_TITLE_NOT_PEOPLE: Final = frozenset({"Los", "Pas", "Mas", "Tas", "Vas"})
DOCS: Final = word_set("""
documents document docs doc contracts contract agreements agreement proposals proposal quotes quote
ndas nda forms form leases lease policies policy renewals waivers waiver registrations sows sow
letters letter packets packet authorizations authorization orders order confirmations confirmation
applications application invoices envelopes signatures estimates bids disclosures releases consents
offers paperwork addenda contracts agreements slips permits checklists statements amendments
retainers msas msa bills bill deed deeds pdfs pdf certificates affidavits acknowledgments acknowledgements
attestations receipts lois subcontracts
""")
# Words before a period word that make it a rate ("for the school year"), not a date ("by next year").
PERIOD_BEFORE: Final = word_set(
    "a an per each every the one school fiscal academic calendar business working"
)
# People words that are plural without an -s: "twelve staff", "twenty people".
MASS_PEOPLE: Final = word_set("staff people headcount personnel crew")
# Nouns that make a number something other than people or documents.
OTHER: Final = word_set("""
minutes minute mins hours hour hrs days day weeks week months month years year seconds times calls
call meetings emails pages page fields signers offices office stores store locations location
properties clinics clinic doors clients customers companies students templates zaps dollars dollar
bucks cents grand percent spots trucks truck regions states cities hotels units sites branches
questions steps clicks pm am versions plans tools apps miles items products accounts tickets schools
departments teams buildings floors stars reviews patients
""") - {"orders"}
PAST_TRIGGERS: Final = (
    ("last", "year"),
    ("last", "job"),
    ("previous",),
    ("used", "to"),
    ("went", "from"),
    ("grew", "from"),
    ("back", "then"),
    ("my", "last"),
    ("old", "job"),
    ("last", "company"),
    ("it", "was"),
    ("we", "were"),
    ("before", "covid"),
    ("back", "in"),
)
_PAST_FIRST: Final = frozenset(t[0] for t in PAST_TRIGGERS)
HYPO_TRIGGERS: Final = frozenset({"if", "someday", "eventually", "hopefully", "unless", "suppose", "imagine"})
HYPO_VERBS: Final = frozenset({"could", "might", "may"})
MONEY_WORDS: Final = frozenset(
    {
        "pay",
        "paying",
        "paid",
        "spend",
        "spending",
        "spent",
        "cost",
        "costs",
        "costing",
        "price",
        "priced",
        "pricing",
        "charge",
        "charges",
        "charged",
        "budget",
        "afford",
        "bill",
        "billed",
        "worth",
        "fee",
        "fees",
        "save",
        "saving",
        "quoted",
        "invoiced",
    }
)
MONEY_UNITS: Final = frozenset({"dollars", "dollar", "bucks", "grand", "cents", "usd", "euros", "k_money"})
TIME_PREPS: Final = frozenset({"at", "till", "til", "until", "before", "after", "around", "by"})
MONTHS: Final = word_set("""
january february march april may june july august september october november december jan feb mar
apr jun jul aug sep sept oct nov dec
""")
NUMBER_LABELS: Final = frozenset(
    {
        "version",
        "v",
        "suite",
        "apt",
        "unit",
        "room",
        "floor",
        "ext",
        "extension",
        "route",
        "highway",
        "zip",
        "number",
        "no",
        "step",
        "level",
        "tier",
        "plan",
        "option",
        "page",
        "chapter",
        "form",
        "box",
        "line",
        "#",
        "code",
        "ticket",
        "order",
        "invoice",
        "case",
        "account",
        "id",
        "error",
    }
)
STREET: Final = frozenset(
    {
        "street",
        "st",
        "avenue",
        "ave",
        "road",
        "rd",
        "boulevard",
        "blvd",
        "drive",
        "dr",
        "lane",
        "ln",
        "way",
        "court",
        "ct",
        "place",
        "pl",
        "highway",
        "parkway",
    }
)
RATE_UNITS: Final = {
    "month": 1.0,
    "week": 52 / 12,
    "day": 21.0,
    "year": 1 / 12,
    "quarter": 1 / 3,
    "monthly": 1.0,
    "weekly": 52 / 12,
    "daily": 21.0,
    "yearly": 1 / 12,
    "annually": 1 / 12,
    "quarterly": 1 / 3,
    "fortnight": 26 / 12,
    "fortnightly": 26 / 12,
    "annual": 1 / 12,
    "workday": 21.0,
    "weekday": 21.0,
    "biweekly": 26 / 12,
    "annum": 1 / 12,
}
RATE_ARTICLES: Final = frozenset({"a", "an", "per", "each", "every", "in", "/", "the", "one", "this"})
TEAM_HEADS: Final = frozenset(
    {
        "team",
        "company",
        "staff",
        "crew",
        "firm",
        "office",
        "headcount",
        "size",
        "group",
        "department",
        "shop",
        "agency",
        "practice",
        "us",
    }
)
USER_CUES: Final = frozenset(
    {
        "use",
        "using",
        "users",
        "user",
        "seats",
        "seat",
        "licenses",
        "team",
        "only",
        "sending",
        "signing",
        "send",
        "sign",
        "on",
        "who'd",
        "that'd",
        "would",
    }
)
COMPANY_CUES: Final = frozenset(
    {
        "company",
        "companywide",
        "whole",
        "entire",
        "building",
        "employees",
        "organization",
        "headcount",
        "overall",
        "firmwide",
    }
)
CLAUSE_STOPS: Final = frozenset({".", "?", "!", ";", "...", "but"})


# After "a quarter", words that make it a share of something rather than a period.
SHARE_VERBS: Final = word_set("of need needs sign signs get gets have has are require requires want wants do")
PENDING_DOCUMENTS: Final = "no documents named yet"


@dataclass(frozen=True, slots=True)
class Mention:
    field: Field
    value: int
    start: int  # character offsets of the figure in the utterance
    end: int
    scope: Scope = None
    corrects: int | None = None  # a figure the speaker explicitly set aside ("28, not 20")
    correction: bool = False  # the speaker corrected themselves to this figure
    excluded: str | None = None  # why it does not count: negated, hypothetical, past
    noun: str | None = None
    peak: bool = False  # a seasonal or busy-period figure ("four hundred in flu season")
    rate: float = 1.0  # the period the figure was said in, as a factor to a month


@dataclass(frozen=True, slots=True)
class Asked:
    """What the agent's previous question asked for: lets "about forty" answer "how many a month?"."""

    field: Field | None = None
    rate: float = 1.0
    scope: Scope = None
    timing: bool = False  # the agent asked when: a bare "next month" answers it
    tools: bool = False  # the agent asked what they use: a lowercase "box" answers it


_CLAUSE_STOPS_NOT_BUT: Final = CLAUSE_STOPS - {"but"}  # built once: _prev_words runs per figure and cue


def _prev_words(tokens: list[Token], i: int, n: int, skip: frozenset[str] = HEDGES) -> list[str]:
    """Up to n meaningful words before token i within the sentence, nearest first."""
    out: list[str] = []
    k = i - 1
    while k >= 0 and len(out) < n:
        w = tokens[k].low
        if w in _CLAUSE_STOPS_NOT_BUT:
            break
        if w not in FILLERS and w not in skip and w not in {",", "-", "'s"}:
            out.append(w)
        k -= 1
    return out


def _noun_after(tokens: list[Token], j: int) -> tuple[str | None, int]:
    """The first people/document/other noun within four words after token j."""
    k = j + 1
    seen = 0
    while k < len(tokens) and seen < 5:
        t = tokens[k]
        w = t.low
        if w in {"-"}:
            k += 1
            continue
        if (
            w in {"?", ","}
            and k == j + 1
            and _word_at(tokens, k + 1) == "of"
            and _word_at(tokens, k + 2) in {"us", "them"}
        ):
            k += 1  # "nine? ten? of us": the guess, then whom it counts
            continue
        if not t.is_word and w != "'s":
            return None, k
        if t.text in _TITLE_NOT_PEOPLE:
            return None, k  # "two in Los Angeles": a name, not loan officers
        if w in {"in", "on", "at"} and k == j + 1:
            # "eighteen in sales and finance who'd need it": a place or department, then "who" (persons)
            for r in range(k + 1, min(len(tokens), k + 7)):
                if not tokens[r].is_word or tokens[r].low in RATE_UNITS:
                    break  # "300 in a month": a period, not a place
                if tokens[r].low in _WHO:
                    return "us", r
        if (
            (w in RATE_ARTICLES and w not in {"the", "one", "this"})
            or w[0].isdigit()
            or w in UNITS
            or w in TENS
        ):
            return None, k  # a rate or another figure comes first
        if w in {"of"} and k + 1 < len(tokens) and tokens[k + 1].low in {"us"}:
            return "us", k + 1

        if w == "of" and k + 1 < len(tokens) and tokens[k + 1].low in {"them", "those"}:
            # "the intake coordinators, there's six of them": people when people were just named;
            # "assignment contracts ... we do about 450 of them a quarter": documents when they were.
            # The nearer of the two is what "them" stands for ("each one signs a waiver ... 2,400 of them").
            back = tokens[max(0, j - 20) : j]
            near = len(back) - 10
            last_people = max(  # "that's the sales crew, fourteen of them": a group word names people too
                (n for n, t in enumerate(back) if (t.low in PEOPLE or t.low in _GROUP_WORDS) and n >= near),
                default=-1,
            )
            # "every estimate the customer signs ... forty, fifty of those": a singular document counts too
            last_doc = max(
                (n for n, t in enumerate(back) if t.low in DOCS or t.low + "s" in DOCS), default=-1
            )
            if last_people > last_doc:
                return "us", k + 1
            if last_doc >= 0:
                doc = back[last_doc].low
                return (doc if doc in DOCS else doc + "s"), k + 1
            return "partitive", k + 1
        if w == "of" and k + 1 < len(tokens) and tokens[k + 1].low in {"our", "my"}:
            return "partitive", k + 1
        if w in {"these", "those"} and _word_at(tokens, k + 1) in _PLURAL_PERIODS:
            return None, k  # "fifteen these days": a time of the figure, not what is counted
        if w == "last" and _word_at(tokens, k + 1) in RATE_UNITS:
            return None, k  # "eleven thousand last year": a period, not what is counted
        if w in RATE_UNITS and not w.endswith("ly") and tokens[k - 1].low in PERIOD_BEFORE:
            return None, k  # "eighteen hundred for the school year": a period, not what is counted
        if (
            w in PEOPLE
            and not w.endswith("s")
            and w not in MASS_PEOPLE
            and k > j + 1
            and tokens[k - 1].low != "-"
        ):
            pass  # a singular people word further on is a modifier: "Dynamics 365 for the member CRM"
        elif w in PEOPLE or w in DOCS or w in OTHER or w in MONEY_UNITS:
            nxt_w = _word_at(tokens, k + 1)
            if w in OTHER and not w.endswith("s") and (nxt_w in PEOPLE or is_role_word(nxt_w)):
                return nxt_w, k + 1  # a thing modifying a people noun: "seven office managers"
            return w, k
        if w + "s" in PEOPLE and (
            k == j + 1 or tokens[k - 1].low == "-"
        ):  # "one dispatcher", "a 3-person team"
            return w + "s", k
        if is_role_word(w):  # "twenty bankers", "two salesmen", "six copywriters"
            return w, k
        if w in {"more", "additional", "extra"}:
            return "delta", k
        if w == "or" and k + 1 < len(tokens) and tokens[k + 1].low in {"so", "more"}:
            k += 2  # "a dozen or so people"
            continue
        if w in {"and", "or", "to", "who", "that", "which", "but", "so", "we", "i", "they", "it"}:
            return None, k
        if w in _PREDICATE_VERBS:
            return None, k  # "only 10 would need accounts", "4 or 5 touch contracts": a predicate follows
        seen += 1
        k += 1
    return None, k


_GROUP_WORDS: Final = word_set("crew team staff department squad unit")
_SEAT_WORDS: Final = word_set("users user seats seat licenses license licences licence logins login")
# Verbs right after a bare figure: what follows is said of the figure, not what it counts.
_PREDICATE_VERBS: Final = word_set("would will need touch 'd")
_DEFINITE: Final = word_set("the all those these both")


# Role nouns by their ending ("bankers", "salesmen", "copywriters", "machinists"), minus things and outsiders.
_ROLE_ENDINGS: Final = ("ers", "ors", "ists", "ians", "men", "women")
NOT_ROLES: Final = word_set("""
orders letters papers numbers computers printers trailers containers folders headers banners flyers stickers
vouchers covers filters layers markers chapters meters liters quarters answers offers transfers towers centers
corners clusters registers chargers timers matters others hours floors doors colors errors mirrors sectors
monitors motors sensors elevators factors tractors counters dealers vendors suppliers distributors donors
sponsors investors visitors buyers sellers renters borrowers homeowners subscribers shippers carriers
followers listeners viewers readers callers owners lenders tenants customers clients members players
competitors creditors debtors contractors subcontractors manufacturers retailers wholesalers publishers
providers brokers insurers carriers partners shareholders stakeholders voters taxpayers passengers travelers
travellers guests diners shoppers consumers bidders applicants recipients signers senders users foreigners
strangers scanners copiers routers lockers binders posters coolers dryers washers mowers scooters boosters
burgers sliders blenders toasters planters shakers lasers barriers boulders rafters shutters liners fryers
freezers drawers hangers diapers slippers sneakers sweaters jumpers loafers strollers stickers heaters
trackers calculators generators radiators refrigerators ventilators projectors detectors connectors
adapters tourists cyclists motorists spectators policyholders cardholders leaseholders householders homebuyers
jobseekers campers golfers swimmers bowlers skaters climbers gamers bikers hikers boarders adopters
seniors juniors minors pedestrians guardians
""")


def is_role_word(w: str) -> bool:
    """A plural role noun not in the people list: people who work at the caller's business."""
    return (
        len(w) > 4 and w.endswith(_ROLE_ENDINGS) and w not in NOT_ROLES and w not in OTHER and w not in DOCS
    )


# Words ending in -s right after a figure that are not plural nouns.
_NOT_PLURALS: Final = word_set("""
plus tops this does was has is its less across unless thus yes as us always perhaps sometimes guys folks
versus whereas besides towards afterwards
""")


def _plural_thing(tokens: list[Token], j: int) -> bool:
    """A plural noun right after the figure that names neither people nor documents: "four stations"."""
    w = tokens[j + 1].low if j + 1 < len(tokens) else ""
    return (
        len(w) > 3
        and w.isalpha()
        and w.endswith("s")
        and w not in _NOT_PLURALS
        and w not in PEOPLE
        and w not in DOCS
        and not is_role_word(w)
    )


def _shared_rate(tokens: list[Token], qs: list[Quantity], idx: int) -> float | None:
    """The rate said with the figure before this one in the same sentence, if any."""
    if idx == 0:
        return None
    before, q = qs[idx - 1], qs[idx]
    if any(t.low in {".", "?", "!"} for t in tokens[before.j : q.i]):
        return None
    if {"each", "every", "per", "apiece"} & {t.low for t in tokens[max(before.j, q.i - 3) : q.j + 4]}:
        return None  # "10 deals a week and each has 3 documents": a ratio, not a second count
    return _rate_near(tokens, before, q.i)


def _rate_near(tokens: list[Token], q: Quantity, stop_before: int) -> float | None:
    """A rate phrase after the figure ("a week", "per quarter", "in the month") or just before it."""
    k = q.j + 1
    end = min(len(tokens), stop_before, q.j + 10)
    while k < end:
        w = tokens[k].low
        if w in CLAUSE_STOPS:
            later = _rate_sentence(tokens, k + 1) if w in {".", "..."} else None
            if later is not None:
                return later
            break
        if (w in RATE_UNITS and w.endswith("ly")) or w in {"annually"}:
            return RATE_UNITS[w] * _rate_prefix(tokens, k)
        every = _every_n(tokens, k)
        if every is not None:
            return every
        if w in RATE_ARTICLES:
            m = k + 1
            while m < end and tokens[m].low in {
                "the",
                "one",
                "a",
                "business",
                "working",
                "calendar",
                "single",
                "given",
                "typical",
                "average",
                "normal",
                "good",
                "school",
                "fiscal",
                "academic",
                "financial",
                "tax",
            }:
                m += 1
            unit = tokens[m].low if m < len(tokens) else ""
            if unit in _NAMED_PERIODS and (named := _named_period(tokens, unit)) is not None:
                return named  # "300 students each term, ..., and the term is three months"
            if unit == "quarter" and _word_at(tokens, m + 1) in SHARE_VERBS:
                k += 1  # "a quarter of them", "a quarter need one": a share, not a rate
                continue
            if unit in RATE_UNITS and not unit.endswith("ly"):
                negated = k > 0 and tokens[k - 1].low in {"not", "no"}
                if not negated:
                    return RATE_UNITS[unit] * _rate_prefix(tokens, k)
        k += 1
    # "per quarter we do about three hundred ...": a rate just before, in the same clause
    k = q.i - 1
    lo = max(0, q.i - 12)
    while k >= lo:
        w = tokens[k].low
        if (
            w in _PLURAL_PERIODS.values()
            and _word_at(tokens, k - 1) == "other"
            and k >= 2
            and (every := _every_n(tokens, k - 2)) is not None
        ):
            return None if _figure_before(tokens, k - 2) else every  # "every other week we send about 40"
        if w in _PLURAL_PERIODS and k >= 2:
            # "every two weeks we send sixty", "every couple of weeks we send thirty"
            for back in (2, 3):
                if (every := _every_n(tokens, k - back)) is not None:
                    return None if _figure_before(tokens, k - back) else every
        if w in CLAUSE_STOPS or w[0].isdigit() or w in UNITS or w in TENS or w in SCALES:
            break  # another figure owns anything further back
        art = k - 1
        while art > 0 and tokens[art].low in {
            "single",
            "given",
            "typical",
            "average",
            "normal",
            "good",
            "whole",
            "entire",
            "full",
            "business",
            "working",
            "work",
            "school",
            "busy",
            "slow",
            "quiet",
            "bad",
            "big",
            "light",
            "heavy",
            "usual",
            "regular",
        }:
            art -= 1
        if w in {"day", "days", "weekdays", "workdays"} and (
            (tokens[art].low == "any" and _word_at(tokens, art + 1) == "given")
            or (tokens[art].low == "most" and w != "day")
            or w in {"weekdays", "workdays"}
        ):
            # "any given business day there's eight", "most working days we send twelve": a daily count
            return None if _figure_before(tokens, art) else RATE_UNITS["day"]
        # "in the year it is around 3,600", "across the whole year, ..., around fifteen hundred": the total
        # over "the <period>" before the figure, as "per <period>"
        in_the = tokens[art].low == "the" and _word_at(tokens, art - 1) in _OVER_THE
        # "last year it was, uh, twenty-four hundred": the total of the last period, as its rate
        # "last quarter we did 450 purchase agreements": the caller's own count of the last period
        last_was = tokens[art].low == "last" and (
            _word_at(tokens, k + 1) in {"it", "that"}
            or (
                _word_at(tokens, k + 1) in {"we", "i"}
                and _word_at(tokens, k + 2) in _COUNTED_VERBS
                and _noun_after(tokens, q.j)[0] in DOCS  # "last month we sent 80 but ...": no count named
            )
        )
        if (
            w in RATE_UNITS
            and k > 0
            and (tokens[art].low in {"per", "each", "every", "a", "one"} or in_the or last_was)
        ):
            return None if _figure_before(tokens, k - 1) else RATE_UNITS[w]
        if (
            w in {"monthly", "weekly", "daily", "yearly", "annually", "quarterly"}
            and k + 1 < len(tokens)
            and tokens[k + 1].low
            in {
                "volume",
                "we",
                "it's",
                "it",
                "about",
                "maybe",
                ",",
                "we're",
                "we've",
                "there's",
                "that's",
                "around",
            }
        ):
            return None if _figure_before(tokens, k) else RATE_UNITS[w]
        k -= 1
    return None


_COUNTED_VERBS: Final = word_set("did sent signed closed processed handled issued wrote had got executed")
# "a crew of eleven", "a team of nine": the figure after is the group's size, whatever rate follows
_GROUP_OF: Final = [[head, "of"] for head in ("team", "crew", "staff", "firm", "department")]
# Periods whose length the caller says: "each term ... and the term is three months".
_NAMED_PERIODS: Final = word_set("term semester season session cycle trimester intake")
_LENGTH_VERBS: Final = word_set("is are lasts last runs run 's")


def _named_period(tokens: list[Token], unit: str) -> float | None:
    """The monthly rate of a period the utterance says the length of: "the term is three months" -> 1/3."""
    for k, t in enumerate(tokens):
        if t.low not in (unit, unit + "s") or _word_at(tokens, k + 1) not in _LENGTH_VERBS:
            continue
        m = k + 2
        while _word_at(tokens, m) in {"about", "around", "roughly", "like", "usually", "typically", "just"}:
            m += 1
        n_word, length = _word_at(tokens, m), _word_at(tokens, m + 1)
        n = int(n_word) if n_word.isdigit() else UNITS.get(n_word, 0)
        if n > 0 and length in _PLURAL_PERIODS | {"month": "month", "week": "week"}:
            return RATE_UNITS[_PLURAL_PERIODS.get(length, length)] / n
    return None


_OVER_THE: Final = frozenset({"in", "across", "over", "throughout"})
_PLURAL_PERIODS: Final = {
    "days": "day",
    "weeks": "week",
    "months": "month",
    "years": "year",
    "quarters": "quarter",
}


def _rate_prefix(tokens: list[Token], k: int) -> float:
    """How often per period, from the words right before the rate at token k: "bi-weekly" (every other week),
    "semi-annually" (twice a year), "twice a month", "three times a week"."""
    prev, prev2 = _word_at(tokens, k - 1), _word_at(tokens, k - 2)
    if prev == "-" and prev2 == "bi":
        return 0.5
    if prev == "-" and prev2 == "semi":
        return 2.0
    if prev == "twice":
        return 2.0
    if prev == "thrice":
        return 3.0
    if prev == "times" and (prev2.isdigit() or prev2 in UNITS):
        return float(prev2) if prev2.isdigit() else float(UNITS[prev2])
    return 1.0


# A sentence naming what the caller sends and how often, with no figure: the next bare figure is its count.
_SENDS_AT_RATE: Final = pattern_on_use(
    r"\b(?:we|I)\s+(?:\w+\s+)?(?:send|sign|do|process|handle|get|issue|write)s?\s+(?:out\s+)?(?:[\w-]+\s+)?"
    r"([a-z]+)\s+(?:(?:every|each|a|per)\s+(?:single\s+)?(week|month|day|year|quarter)|"
    r"(weekly|monthly|daily|yearly|quarterly))\s*[.?!]\s*"
    r"(?:(?:about|around|roughly|maybe|probably|like|say|uh|um|oh|so|hmm),?\s*)*$",
    re.IGNORECASE,
)


def _rate_of_prior_sentence(text: str, start: int) -> float | None:
    """The rate of the sentence right before a figure that opens its own sentence, if that sentence says
    what the caller sends at that rate and no figure of its own."""
    head = text[max(0, start - 80) : start]
    m = _SENDS_AT_RATE.search(head)
    if m is None or m.group(1).lower() not in DOCS or any(c.isdigit() for c in m.group(0)):
        return None
    return RATE_UNITS[(m.group(2) or m.group(3)).lower()]


def _rate_sentence(tokens: list[Token], k: int) -> float | None:
    """A sentence that only adds the period to the figure before it: "About 120. Per quarter, that is." """
    while _word_at(tokens, k) in {"that", "'s", "it", "is", "and"}:
        k += 1  # "eighteen hundred. that's per quarter, the supplier agreements."
    first, second = _word_at(tokens, k), _word_at(tokens, k + 1)
    if first in {"per", "a", "every", "each"} and second in RATE_UNITS and not second.endswith("ly"):
        rate, rest = RATE_UNITS[second], k + 2
    elif first in RATE_UNITS and first.endswith("ly"):
        rate, rest = RATE_UNITS[first], k + 1
    elif (first in {"business", "working", "work"} and second in {"days", "day"}) or first == "weekdays":
        # "six to eight. business days, we're closed weekends": a count per working day
        return RATE_UNITS["day"]
    else:
        return None
    tail = [t.low for t in tokens[rest : rest + 4] if t.low not in {",", "that", "is", "i", "mean", "that's"}]
    if tail and tail[0] in {"the", "our", "those", "mostly", "all"}:
        # "... per quarter, the supplier agreements.": the documents named after the period
        tail = tail[1:]
        while tail and tail[0] not in DOCS and tail[0].isalpha() and tail[0] not in CLAUSE_STOPS:
            tail = tail[1:]
        return rate if tail and tail[0] in DOCS else None
    return rate if not tail or tail[0] in CLAUSE_STOPS else None


def _every_n(tokens: list[Token], k: int) -> float | None:
    """The rate of "every two weeks" / "per six months" / "every other week" starting at token k."""
    if _word_at(tokens, k) not in {"every", "per", "each"}:
        return None
    n_word, unit = _word_at(tokens, k + 1), _word_at(tokens, k + 2)
    if n_word == "other" and unit in _PLURAL_PERIODS.values():
        return RATE_UNITS[unit] / 2
    if n_word in {"couple", "few"}:  # "every couple of weeks", "every few months"
        after = k + 3 if unit == "of" else k + 2
        unit = _word_at(tokens, after)
        if unit in _PLURAL_PERIODS:
            return RATE_UNITS[_PLURAL_PERIODS[unit]] / (2 if n_word == "couple" else 3)
        return None
    n = int(n_word) if n_word.isdigit() else UNITS.get(n_word)
    if not n or unit not in _PLURAL_PERIODS:
        return None
    return RATE_UNITS[_PLURAL_PERIODS[unit]] / n


_OTHERS: Final = word_set("""
client clients customer customers vendor vendors supplier suppliers competitor competitors
""")
_HEDGE_WORDS: Final = word_set("about around roughly approximately like maybe")


def _owned_by_other(tokens: list[Token], i: int) -> bool:
    """People of a client, vendor or competitor: "our biggest client has 2,000 staff"."""
    words = _prev_words(tokens, i, 6)
    for n, w in enumerate(words):
        if w in {",", ".", "?", "!", "but", "and"}:
            return False
        if w in {"has", "have", "employs", "with"}:
            return any(x in _OTHERS for x in words[n + 1 : n + 4])
    return False


# A figure the caller takes back as a joke: "the two hundred was a bit".
_TAKEN_BACK: Final = pattern_on_use(
    r"\s+(?:\w+\s+)?(?:was|is) (?:just |only )?(?:a (?:joke|bit|gag|lie)|kidding|joking|made up)\b|"
    r"\s*,?\s*(?:I'm|I was|just) (?:kidding|joking)\b",
    re.IGNORECASE,
)


def _negates_hedge(tokens: list[Token], i: int) -> bool:
    """ "not about, exactly sixty-three": the "not" takes back the hedge, not the figure."""
    k = i - 1
    while k >= 0 and tokens[k].low in FILLERS | {"exactly", "precisely", "actually", "like", "just"}:
        k -= 1
    return (
        k >= 2 and tokens[k].low == "," and tokens[k - 1].low in _HEDGE_WORDS and tokens[k - 2].low == "not"
    )


def _me_after(tokens: list[Token], k: int) -> bool:
    """ "three tutors plus me", "eight lads in the yard and me": the caller added to the group."""
    if _word_at(tokens, k + 1) == ",":
        k += 1
    if _word_at(tokens, k + 1) in {"in", "on", "at", "out"}:
        # a place of the group first: "in the yard", "on site", "out in the field" (up to four words)
        for m in range(k + 1, min(k + 5, len(tokens))):
            if not tokens[m].is_word:
                break
            if _word_at(tokens, m + 1) in {"plus", "and"}:
                k = m
                break
    after_me = _word_at(tokens, k + 3)
    return (
        _word_at(tokens, k + 1) in {"plus", "and"}
        and _word_at(tokens, k + 2) in {"me", "myself"}
        and (not after_me or not after_me[0].isalnum() or after_me in {"too", "and"})
    )


def _first_figure_end(tokens: list[Token], q: Quantity) -> int:
    """The last token of the first figure inside a merged range or correction (q.j when there is one)."""
    k = q.i
    while k < q.j and _is_number_word(tokens[k + 1].low):
        k += 1
    return k


def _last_figure_start(tokens: list[Token], q: Quantity) -> int:
    """The first token of the last figure inside a merged correction (q.i when there is only one)."""
    k = q.j
    while k > q.i and _is_number_word(tokens[k - 1].low) and tokens[k - 1].low != "and":
        k -= 1
    return k


def _is_number_word(w: str) -> bool:
    return w[:1].isdigit() or w in UNITS or w in TENS or w in SCALES or w in {"-", "and", "k"}


def _period_after(tokens: list[Token], k: int) -> bool:
    """ "eleven thousand last year": the rate of the latest period, not a figure left in the past."""
    return _word_at(tokens, k + 1) == "last" and _word_at(tokens, k + 2) in RATE_UNITS


def _figure_before(tokens: list[Token], k: int) -> bool:
    """A number earlier in the sentence owns a rate that follows it: "10 deals a week and each has 3 docs";
    not once a new clause with its own verb opens ("twelve dispatchers, and we make per week forty")."""
    while k > 0 and tokens[k - 1].low not in {".", "?", "!", ";", "..."}:
        k -= 1
        w = tokens[k].low
        if w[0].isdigit() or w in UNITS or w in TENS or w in SCALES:
            return True
        if (
            w == ","
            and _word_at(tokens, k + 1) in {"and", "but", "so"}
            and (_word_at(tokens, k + 2) in _SUBJECTS or _word_at(tokens, k + 2) in DOCS)
        ):
            return False  # "crew of eleven, and contracts per week maybe twelve": the documents' own clause
    return False


_SUBJECTS: Final = word_set("we i they our")


def _word_at(tokens: list[Token], k: int) -> str:
    return tokens[k].low if 0 <= k < len(tokens) else ""


def _rate_right_after(tokens: list[Token], k: int) -> bool:
    """A rate straight after a noun: "10 new hires a month", "5 people per week"."""
    skip = FILLERS | {"working", "business"}  # "eight people every working day"
    nxt = [t.low for t in tokens[k + 1 : k + 5] if t.low not in skip]
    return len(nxt) >= 2 and nxt[0] in {"a", "an", "per", "each", "every"} and nxt[1] in RATE_UNITS


# Words that open the consequent of a conditional: "if X, we'd ...", "if X, then ...".
_THEN: Final = word_set("we'd i'd they'd that'd it'd then we'll would")


_NEW_SUBJECT: Final = word_set("we i they our my right today currently now but and")


_FUTURE: Final = word_set(
    "by next once when if eventually someday soon later after within year summer come spring fall"
    " winter autumn"
)


def _estimate_after(tokens: list[Token], k: int) -> bool:
    """A figure right after "could be", with no future time or condition in its clause."""
    w = _word_at(tokens, k)
    while w in HEDGES or w in FILLERS:
        k += 1
        w = _word_at(tokens, k)
    if not (w[:1].isdigit() or w in UNITS or w in TENS):
        return False
    clause = []
    for t in tokens[k : k + 10]:
        if t.low in CLAUSE_STOPS or t.low == ",":
            break
        clause.append(t.low)
    return not _FUTURE.intersection(clause)


def _future_before(tokens: list[Token], k: int) -> bool:
    """A future time earlier in the clause of "could be": "so next month it could be three hundred"."""
    a = k - 1
    while a >= max(0, k - 6) and tokens[a].low not in CLAUSE_STOPS and tokens[a].low != ",":
        if tokens[a].low in _FUTURE:
            return True
        a -= 1
    return False


def _scope_flags(tokens: list[Token]) -> tuple[list[bool], list[bool]]:
    """Per-token flags: inside a hypothetical clause, inside a past-tense clause."""
    n = len(tokens)
    hypo = [False] * n
    past = [False] * n
    k = 0
    while k < n:
        w = tokens[k].low
        nxt = tokens[k + 1].low if k + 1 < n else ""
        trig = (
            w in HYPO_TRIGGERS
            or (
                w in HYPO_VERBS
                and nxt in {"be", "get", "hit", "reach", "grow", "double", "have", "end"}
                # "maybe 50? could be 60 a month" is an estimate; "could be 20 by summer" a projection
                and not (nxt == "be" and _estimate_after(tokens, k + 2) and not _future_before(tokens, k))
            )
            # an offer to the listener: "we could send you guys two hundred leads a month"
            or (w in HYPO_VERBS | {"can", "would"} and _word_at(tokens, k + 2) == "you")
            or (w in {"we'll", "gonna"} and nxt in {"be", "have", "hit", "grow"})
            or (w == "once" and nxt == "we")
            or (
                w == "when"
                and nxt == "we"
                and k + 2 < n
                and tokens[k + 2].low in {"grow", "get", "hit", "reach"}
            )
        )
        if trig:
            m = k + 1
            seen = 0
            consequent = False  # "if X goes through we'd be doing, what, a thousand": commas stay inside
            while (
                m < min(n, k + 40)
                and tokens[m].low not in CLAUSE_STOPS
                and not (
                    tokens[m].low == ","
                    and seen >= 3
                    and (not consequent or _word_at(tokens, m + 1) in _NEW_SUBJECT)
                    # "if we ever go to, like, a hundred": a comma before a spoken aside stays inside
                    and _word_at(tokens, m + 1) not in _ASIDES
                    and not (_word_at(tokens, m - 1) in _ASIDES and _word_at(tokens, m - 2) == ",")
                )
            ):
                hypo[m] = True
                if tokens[m].low not in FILLERS and tokens[m].low != ",":
                    seen += 1
                consequent = consequent or (w == "if" and tokens[m].low in _THEN)
                m += 1
            then = _word_at(tokens, m + 1) in _THEN
            if w in {"if", "once", "when"} and _word_at(tokens, m) == "," and then:
                # "if we land this contract, we'd hire maybe ten drivers": the consequent is hypothetical
                m += 1
                while m < min(n, k + 60) and tokens[m].low not in CLAUSE_STOPS and tokens[m].low != ",":
                    hypo[m] = True
                    m += 1
        k += 1
    words = [t.low for t in tokens]
    for k in range(n):
        if words[k] not in _PAST_FIRST:
            continue
        for trig_words in PAST_TRIGGERS:
            L = len(trig_words)
            if tuple(words[k : k + L]) == trig_words:
                a = k
                while a > max(0, k - 40) and words[a - 1] not in CLAUSE_STOPS | {","}:
                    a -= 1
                b = k + L
                # "we went from 30 employees down to 19": the past ends where the change lands
                stops = (
                    CLAUSE_STOPS
                    | {",", "now", "today", "currently"}
                    | ({"to"} if trig_words[-1] == "from" else set())
                )
                while b < min(n, k + 40) and words[b] not in stops:
                    b += 1
                for x in range(a, b):
                    past[x] = True
    return hypo, past


_WHO: Final = frozenset({"who", "who'd", "who'll", "who're", "who've"})
_ASIDES: Final = frozenset({"like", "say", "uh", "um", "what"})
_READ_BACK: Final = frozenset({"says", "said", "shows", "showed", "lists", "listed", "quotes"})


_HIRE_VERBS: Final = frozenset({"hired", "added", "onboarded", "lost", "fired"})
_HIRE_PHRASES: Final = frozenset({("on", "took"), ("on", "brought"), ("off", "laid"), ("go", "let")})


# People who left are a change to the team: "two guys left in May", "three people quit".
_LEFT_AFTER: Final = pattern_on_use(
    r"\s+(?:(?:just|recently|already|have|had|all)\s+)?(?:left|quit|retired|resigned|moved on|walked out)\b",
    re.IGNORECASE,
)
_NEWCOMER_NOUNS: Final = word_set("hires starters joiners")


def _joined_recently(before: list[str]) -> bool:
    """People who were just hired or let go are a change to the team, not its size."""
    return bool(before) and (before[0] in _HIRE_VERBS or tuple(before[:2]) in _HIRE_PHRASES)


# A counted group bound to us as talent, clients or placements rather than as staff.
_NOT_STAFF_AFTER: Final = pattern_on_use(
    r"\s*,?\s*(?:(?:who|that|whom)\s+)?(?:(?:are|we've|we have)\s+)?(?:signed|under contract)\s+"
    r"(?:to|with)\s+(?:us|our)\b|\s+(?:on|in)\s+our\s+(?:roster|books|client list|talent list)\b|"
    r"\s*,?\s*(?:who|that|whom)\s+we\s+(?:\w+\s+)?(?:represent|place|book|serve|insure|treat|teach|"
    r"train|coach|tutor|sign|signed|manage for|work with|sell to|rent to|lease to)\b|"
    # people at an event: "500 people at the conference", "40 people at our holiday party"
    r"\s+at\s+(?:the|our|a|an|this|that|last year's)\s+(?:[\w-]+\s+){0,2}?(?:conference|party|event|show|"
    r"expo|convention|wedding|game|seminar|webinar|fair|festival|gala|fundraiser|concert|launch)\b",
    re.IGNORECASE,
)
_NOT_STAFF_VERBS: Final = word_set("represent place book sign signed serve insure coach tutor")


def _not_staff(text: str, tokens: list[Token], before: list[str], noun_at: int, i: int) -> bool:
    """Who a counted group is: people we represent, place or serve are no team ("we represent 30 artists")."""
    if len(before) >= 2 and before[0] in _NOT_STAFF_VERBS and before[1] in {"we", "i", "they"}:
        return True
    if len(before) >= 2 and before[0] in _NEEDS and before[1] in DOCS:
        return True  # "each contract needs 2 people signing": signers per document, not staff
    sent_to = _prev_words(tokens, i, 5, skip=_NP_SKIP)
    own = _OWN_PEOPLE.match(text, tokens[noun_at].end)
    if sent_to[:1] == ["to"] and _MAILED.intersection(sent_to[1:]) and not own:
        return True  # "a quarterly newsletter to about four thousand people": readers, not the team
    return _NOT_STAFF_AFTER.match(text, tokens[noun_at].end) is not None


# a flow of people in: "we onboard a class", "we enroll ninety students"
_FLOW_VERBS: Final = word_set("onboard onboards hire hires enroll enrolls enrol admit admits welcome new")
_EACH_SIGNS: Final = pattern_on_use(
    r"[^.?!]{0,20}?\b(?:and\s+)?(?:each|every)\s+(?:one|of them|person|hire|student|patient|client)\s+"
    r"(?:signs|gets|needs|receives|fills out|does)\s+(?:a|an|one|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:document|contract|agreement|letter|form|packet|waiver|nda|offer|lease|application)s?\b",
    re.IGNORECASE,
)
_ONLY_SIGNED: Final = pattern_on_use(
    r"\bonly\b[^.?!]{0,40}?\b(?:sign|signs|signed|signing|signature|signatures|e-?sign\w*)\b", re.IGNORECASE
)
_OUTSIDERS_COUNTED: Final = pattern_on_use(
    r"\s*,?\s*(?:(?:that's|that is|which is|uh|um|I mean)\s*,?\s*)*(?:counting|including|with)\s+"
    r"(?:the\s+|our\s+|all\s+(?:the\s+|our\s+)?)?(?:tenants|clients|customers|patients|students|residents|"
    r"members|guests|renters|subscribers|families|parents|buyers|borrowers)\b",
    re.IGNORECASE,
)
_NEEDS: Final = word_set("needs need has have requires require takes take gets get")
# What goes out to a readership or a list: "we email the update to 900 people".
_MAILED: Final = word_set("""
send sends sent sending mail mails mailed mailing email emails emailed emailing newsletter newsletters text
texts texted blast blasts update updates flyer flyers it them bulletin bulletins mailer mailers notice notices
announcement announcements reminder reminders postcard postcards catalog catalogs magazine digest
""")
_OWN_PEOPLE: Final = pattern_on_use(
    r"\s+(?:on|in|at)\s+(?:the|our|my)\s+(?:team|office|staff|company)\b", re.IGNORECASE
)


# A group said not to use the product: "twenty techs out in the field who never touch paperwork".
_NO_USE_AFTER: Final = pattern_on_use(
    r"[^.?!,]{0,30}?\b(?:who|that|they)\s+(?:never|don't|do not|won't|will not|wouldn't|would not|doesn't|"
    r"aren't going to)\s+(?:\w+\s+)?(?:use|touch|need|sign|send|see|deal with|handle)\b|"
    # people who only sign what is sent to them: "four hundred volunteers but they'd just be signing"
    r"[^.?!,]{0,30}?\b(?:but\s+)?(?:who|that|they)(?:'d|'ll|\s+would|\s+will)?\s+(?:just|only)\s+(?:be\s+)?"
    r"sign(?:ing|s)?\b",
    re.IGNORECASE,
)
# A bare figure followed by a hire in the same sentence counts people: "thirteen, we just hired Priya".
_HIRE_AFTER: Final = pattern_on_use(
    r"[^.?!\d]{0,30}?\b(?:we|I)\s+(?:just\s+|recently\s+|finally\s+)?"
    r"(?:hired|onboarded|brought on|took on)\b|"
    r"\s*,?\s*(?:counting|including)\s+(?:me|myself)\b|"
    # "a dozen, dozen and a half, depending if you count the part-timers": who is counted says people
    r"\s*,?\s*(?:depending\s+(?:on\s+)?(?:if|whether)\s+(?:you|we)\s+count|if\s+(?:you|we)\s+count|"
    r"(?:not\s+)?counting|including)\s+(?:the\s+|our\s+|all\s+the\s+)?(?:[\w-]+\s+)?"
    r"(?:part-?timers|full-?timers|part-time\w*|contractors|freelancers|temps|interns|seasonals?|volunteers|"
    r"owners|partners|managers|staff|people|folks|employees|drivers|techs|guys|crew)\b",
    re.IGNORECASE,
)
# "fifteen if you count Marisol", "ten including me": a bare figure totalled with a person is a team.
_COUNT_IN: Final = word_set("count counting include including add adding")
_KIN_PEOPLE: Final = word_set("""
wife husband partner brother sister dad father mom mum mother son daughter cousin uncle aunt nephew niece
owner boss bookkeeper intern assistant receptionist manager founder cofounder co-founder
""")


def _counts_person_after(tokens: list[Token], j: int) -> bool:
    """After a bare figure: "if you count me / Marisol / the intern / my wife", "including our bookkeeper"."""
    k = j + 1
    while _word_at(tokens, k) in {",", "well", "so", "that's", "or"}:
        k += 1
    if _word_at(tokens, k) == "if" and _word_at(tokens, k + 1) in {"you", "we", "i"}:
        k += 2
    if _word_at(tokens, k) not in _COUNT_IN:
        return False
    k += 1
    if _word_at(tokens, k) in {"me", "myself", "us"}:
        return True
    if k < len(tokens) and tokens[k].is_capitalized and tokens[k].is_word and tokens[k].low != "i":
        return True  # a person's name
    if _word_at(tokens, k) in {"my", "our", "the", "a", "an", "both", "all"}:
        k += 1
    for w in (_word_at(tokens, k), _word_at(tokens, k + 1)):
        if w in PEOPLE or w in _KIN_PEOPLE or is_role_word(w) or w + "s" in PEOPLE or is_role_word(w + "s"):
            return True
    return False


_COPULA: Final = word_set("is are 's was")
_PER_UNIT: Final = word_set("user seat head person license licence")
_PRICE_HEADS: Final = word_set("plan price cost bill fee subscription rate quote budget invoice")
_CHANGE_VERBS: Final = word_set("grown grew gotten got shrunk dropped doubled down")
# A level said as a state: "the team's staying at eight", "headcount sits at fifteen".
STATE_VERBS: Final = word_set("""
stay stays stayed staying sit sits sat sitting stuck hold holds held holding remain remains remained
remaining steady capped maxed hovering hovers plateaued frozen flat
""")
_NP_BREAKS: Final = word_set("at in on for across from with over of under between")
_NP_SKIP: Final = FILLERS | word_set("like about around maybe roughly probably just only now currently right")


def _subject_head(tokens: list[Token], i: int) -> str | None:
    """The head noun of a subject before "is"/"are" right before the figure, however far from it:
    "our leasing team at the apartment complexes is six" -> "team" (the noun before its first preposition)."""
    k = i - 1
    while k >= 0 and (tokens[k].low in _NP_SKIP or tokens[k].low == ","):
        k -= 1
    if k >= 2 and tokens[k].low == "to" and tokens[k - 1].low in _CHANGE_VERBS:
        # "the team's grown to about twenty": a change of size says what the subject is now
        k -= 1
        if tokens[k - 1].low in {"'s", "has", "have", "is", "are"}:
            k -= 1
    elif k >= 2 and tokens[k].low == "at" and tokens[k - 1].low in STATE_VERBS:
        # "the team's staying at eight", "our staff has stayed at nine": a level held is the subject's size
        k -= 1
        if tokens[k - 1].low in {"'s", "has", "have", "is", "are", "been"}:
            k -= 1
        if tokens[k - 1].low in {"has", "have", "'s"}:
            k -= 1
        if k == 1 and tokens[0].low in TEAM_HEADS:
            return tokens[0].low  # "headcount sits at fifteen": a bare team word as the subject
    elif k < 1 or tokens[k].low not in _COPULA:
        return None
    a = k - 1
    while a > max(0, k - 12) and tokens[a - 1].low not in CLAUSE_STOPS and tokens[a - 1].low != ",":
        a -= 1
    words = [t.low for t in tokens[a:k] if t.is_word]
    while words and words[0] in {"and", "so", "but", "well", "then", "oh", "also"}:
        words = words[1:]
    if len(words) < 2 or words[0] not in {"our", "my", "the", "their", "whole", "entire"}:
        return None
    cut = next((n for n, w in enumerate(words) if n > 1 and w in _NP_BREAKS), len(words))
    return words[cut - 1]


def _is_people_head(head: str) -> bool:
    return head in TEAM_HEADS or head in PEOPLE or is_role_word(head)


# Subjects that name the whole organisation: "the firm is about ninety".
_ORG_HEADS: Final = word_set("company firm business organization organisation agency practice")


def _paid_people(tokens: list[Token], i: int) -> bool:
    """ "the paid staff, there's about a dozen of us": "paid" describing people, not a price."""
    for k in range(max(0, i - 8), i):
        if tokens[k].low in MONEY_WORDS:
            nxt = _word_at(tokens, k + 1)
            if not (tokens[k].low == "paid" and (nxt in PEOPLE or is_role_word(nxt))):
                return False
    return True


def _is_distractor(tokens: list[Token], q: Quantity, noun: str | None) -> bool:
    if q.kind != "number" or q.fraction:
        return True
    nxt = tokens[q.j + 1].low if q.j + 1 < len(tokens) else ""
    prev = tokens[q.i - 1].low if q.i > 0 else ""
    prev_words = _prev_words(tokens, q.i, 4, skip=FILLERS)
    if noun in MONEY_UNITS or nxt in {"st", "nd", "rd", "th", ":", "am", "pm", "o'clock", "ish"}:
        return True
    # a document count is no price: "buy here pay here, about sixty installment contracts a month"
    if (
        any(w in MONEY_WORDS for w in prev_words)
        and not _paid_people(tokens, q.i)
        and noun not in DOCS
        # "pricing for 20 users", "what's the price for three users?": the seats a price is asked for
        and not (prev == "for" and noun is not None and (noun in PEOPLE or is_role_word(noun)))
    ):
        return True
    if noun is None:
        after = [t.low for t in tokens[q.j + 1 : q.j + 6]]
        if "per" in after and any(a == "per" and b in _PER_UNIT for a, b in pairwise(after)):
            return True  # "49 a month per user": a price per seat
        if after[:1] in (["a"], ["per"]) and after[1:2] and after[1] in _PER_UNIT:
            return True  # "thirty-nine a user, billed monthly?": a price per seat
        if any(t.low in _PRICE_HEADS for t in tokens[max(0, q.i - 14) : q.i]) and (
            _subject_head(tokens, q.i) in _PRICE_HEADS
        ):
            return True  # "our plan is 49 a month": the subject is a price
    near = set(_prev_words(tokens, q.i, 6, skip=FILLERS))
    if {"your", "you"} & near and _READ_BACK & near:
        return True  # a figure of ours read back: "your website says fourteen ninety-nine a month"
    if prev in MONTHS or nxt in MONTHS or prev in NUMBER_LABELS or prev == "#":
        return True
    if (
        tokens[q.i].text[0].isdigit()
        and len(tokens[q.i].text) == 4
        and 1900 <= q.value <= 2100
        and noun is None
    ):
        return True  # a year
    if (
        q.i > 0
        and tokens[q.i - 1].is_capitalized
        and tokens[q.i - 1].is_word
        and q.i > 1
        and tokens[q.i - 2].text not in {".", "?", "!", "..."}  # a sentence opener ("Maybe forty") is no name
        and noun is None
        and prev not in {"i"}
    ):
        return True  # "Dynamics 365", "Windows 11"
    rate_next = nxt in {"a", "per", "every", "each"} and _word_at(tokens, q.j + 2) in RATE_UNITS
    if (
        noun is None
        and q.value <= 12
        and prev in TIME_PREPS
        and not (prev == "at" and nxt == "least")
        # "so we're at nine now": a level reached, not a clock time
        and not (
            prev == "at"
            and (
                _word_at(tokens, q.i - 2) in {"we're", "are", "now", "currently", "down", "up"}
                or _word_at(tokens, q.i - 2) in STATE_VERBS
            )
        )
        and not rate_next  # "around three a day" is a rate, not a time
    ):
        return True  # "at two", "before nine", "till five"
    # an address: "1200 Market Street", "forty-four ten Riverside Drive" (a house number said in pairs)
    k = q.j + 1
    while k < min(len(tokens), q.j + 4) and _is_number_word(tokens[k].low) and tokens[k].low != "and":
        k += 1
    return k + 1 < len(tokens) and tokens[k].is_capitalized and tokens[k + 1].low in STREET


_FRAGMENT_WORDS: Final = frozenset(
    {"per", "a", "an", "every", "each", "like", "about", "around", "say", "i'd"}
)


def _join_fragments(tokens: list[Token]) -> list[Token]:
    """ "Forty. Contracts. Monthly.", "per week? like thirty": clipped fragments of figures, document words
    and rates said as their own sentences are one clause (the text, and so every quote, is unchanged)."""
    stops = [k for k, t in enumerate(tokens) if t.low in {".", "?", "!", "..."}]
    if not stops:
        return tokens
    out = list(tokens)
    start = 0
    for k in stops:
        words = [t.low for t in tokens[start:k] if t.is_word or t.low[:1].isdigit()]
        short = 0 < len(words) <= 3 and all(
            w in DOCS or w in RATE_UNITS or w in FILLERS or w in _FRAGMENT_WORDS or _is_number_word(w)
            for w in words
        )
        nxt = tokens[k + 1].low if k + 1 < len(tokens) else ""
        figure_next = nxt[:1].isdigit() or nxt in UNITS or nxt in TENS
        if short and tokens[k].low == "..." and all(_is_number_word(w) for w in words) and figure_next:
            short = False  # "two hundred... two hundred fifty": a restart, which merge_ranges drops
        elif short and not any(w in DOCS or _is_number_word(w) for w in words):
            # "A month. Sorry, I'm reading a report": a bare period joins only a figure said right after it
            short = any(t.low[:1].isdigit() or t.low in UNITS or t.low in TENS for t in tokens[k + 1 : k + 5])
        if short and k + 1 < len(tokens):
            out[k] = tokens[k]._replace(low=",")
        start = k + 1
    return out


def find_mentions(
    text: str, tokens: list[Token], asked: Asked | None = None, doc_context: bool = False
) -> list[Mention]:
    """Team-size and volume mentions in one utterance, in order (excluded ones flagged, kept for context)."""
    raw = parse_numbers(tokens)
    if not raw:
        return []
    tokens = _join_fragments(tokens)
    qs, corrected = merge_ranges(tokens, raw)
    hypo, past = _scope_flags(tokens)
    low_words = {t.low for t in tokens}
    docs_here = (
        doc_context
        or bool(low_words & DOCS)
        or bool(low_words & {"signed", "signs", "signing", "sign", "signature", "signatures"})
    )
    out: list[Mention] = []
    prev_field: Field | None = None
    prev_rate = 1.0
    prev_scope: Scope = None
    in_n = bool(low_words & {"one", "1", "thirds", "quarters"})
    shares = [(m.start(), m.end()) for m in _SHARE.finditer(text)] if in_n else []
    bare: list[Quantity] = []  # "ten now, but ... we'd be sixty": a figure whose kind comes later
    # where the caller starts naming the group that would use the product, after a first figure
    using = _USING_GROUP.search(text) if len(qs) > 1 else None
    group = (using.group(1) or "").lower() if using is not None else ""
    # "the patients sign the treatment contract": outsiders who sign are no using group
    outsiders = group in OTHER or group in _OTHERS or (group in NOT_ROLES and group not in _USING_NOUNS)
    using_at = using.end() if using is not None and not outsiders else -1
    # where the next figure that is not itself a rate starts, filled right to left: linear in the figures
    next_figure = [len(tokens)] * len(qs)
    for k in range(len(qs) - 2, -1, -1):
        x = qs[k + 1]
        counts = (
            _noun_after(tokens, x.j)[0] not in RATE_UNITS
            and _word_at(tokens, x.j + 1) not in RATE_UNITS
            and _every_n(tokens, x.i - 1) is None
            and _word_at(tokens, x.j + 1) != "times"  # "three times a month": a frequency, part of a rate
        )
        next_figure[k] = x.i if counts else next_figure[k + 1]
    for idx, q in enumerate(qs):
        if any(a <= tokens[q.i].start < b for a, b in shares):
            continue  # the "four" of "one in four"
        if q.i > 0 and _every_n(tokens, q.i - 1) is not None:
            continue  # the "two" of "every two weeks": part of a rate
        if (
            q.i == q.j
            and q.value <= 3
            and _word_at(tokens, q.i - 1) == "or"
            and tokens[max(q.i - 2, 0)].is_word
            and _word_at(tokens, q.i - 2) not in UNITS
            and _word_at(tokens, q.i - 2) not in TENS
        ):
            continue  # "a change order or two": an idiom, not a count
        noun, noun_at = _noun_after(tokens, q.j)
        first_end = _first_figure_end(tokens, q)
        if noun is None and first_end < q.j:
            # "twenty-five seats, maybe thirty", "forty seats. actually, make it forty-five": a range or a
            # correction keeps the noun said after its first figure
            inner, inner_at = _noun_after(tokens, first_end)
            if inner is not None and inner_at < q.j:
                noun, noun_at = inner, inner_at
        if _is_distractor(tokens, q, noun) or q.value == 0:
            continue  # a distractor, or "zero right now": no count
        next_i = next_figure[idx]
        field: Field | None = None
        rate = 1.0
        scope: Scope = None
        before = _prev_words(tokens, q.i, 3)
        people_after = noun is not None and (noun in PEOPLE or is_role_word(noun))
        if (
            using_at >= 0
            and tokens[q.i].start > using_at
            and (noun in {None, "partitive", "us"} or noun in _USING_NOUNS or people_after)
            and tokens[q.i].low not in {"one", "a", "an"}
            and _word_at(tokens, q.j + 1) not in RATE_UNITS
            and _rate_near(tokens, q, next_i) is None
            and not (
                noun is None and _plural_thing(tokens, q.j) and _word_at(tokens, q.j + 1) not in NOT_ROLES
            )
            and not any(m.field == "team_size" and m.start > using_at for m in out)
        ):
            # "400 employees, but the ones who'd use it is purchasing, that's six buyers", "... the ones
            # sending contracts, that's the sales crew, fourteen of them": the figure is the group's size
            fig_end = max(q.j, noun_at) if noun is not None else q.j
            kept = noun if people_after else None  # so that a group joined after it adds up
            start = tokens[q.i].start
            out.append(Mention("team_size", q.value, start, tokens[fig_end].end, "user", noun=kept))
            prev_field, prev_rate, prev_scope = "team_size", 1.0, "user"
            continue
        if noun == "delta":  # "20 more seats": an increment; a following "35 total" is the size
            after = tokens[noun_at + 1].low if noun_at + 1 < len(tokens) else ""
            if after in PEOPLE:
                prev_field, prev_rate, prev_scope = "team_size", 1.0, "user"
            continue
        if _people_noun(noun) and (
            _joined_recently(before)
            or noun in _NEWCOMER_NOUNS
            or _LEFT_AFTER.match(text, tokens[noun_at].end) is not None
        ):
            # "fifteen, we took on three people last month", "two guys left in May", "forty new hires":
            # the newcomers or leavers, not the team
            continue
        if _OUTSIDERS_COUNTED.match(text, tokens[noun_at if noun else q.j].end):
            continue  # "the hundred, that's, uh, that's counting tenants": a figure that counts outsiders
        if (
            noun is None
            and _joined_recently(before)
            and before[1:2] in (["we"], ["i"])
            and not _rate_right_after(tokens, q.j)
        ):
            # "we lost one in October, so eight", "sixteen, we hired two last week": a change to the team, and
            # the bare figure after it is the team
            prev_field, prev_rate, prev_scope = "team_size", 1.0, None
            continue
        if (
            _people_noun(noun)
            and not _rate_right_after(tokens, noun_at)
            and _not_staff(text, tokens, before, noun_at, q.i)
        ):
            continue  # "forty creators signed to us", "we represent 30 artists": talent or clients, not staff
        if _people_noun(noun) and _NO_USE_AFTER.match(text, tokens[noun_at].end):
            continue  # "twenty techs out in the field who never touch paperwork": people who would not use it
        carries_docs = noun in DOC_CARRIERS and (
            _docs_follow(text, tokens[noun_at].end) or _docs_precede(text, tokens[q.i].start, noun)
        )
        if (
            noun == "partitive"
            and asked is not None
            and asked.field is not None
            and _word_at(tokens, q.j + 1) == "of"
            and _word_at(tokens, q.j + 2) in {"them", "those"}
        ):
            # "forty, fifty of those a week" answering "how many documents?": those are what was asked about
            noun = "documents" if asked.field == "monthly_volume" else "us"
        if noun == "partitive" and _word_at(tokens, q.i - 1) == "all":
            # "all 14 of our brokers": every one of them, counted by the noun after "our"
            noun, noun_at = _noun_after(tokens, noun_at)
        if (
            (noun in DOCS or noun == "partitive")
            and _word_at(tokens, q.j + 1) == "of"
            and _word_at(tokens, q.j + 2) in {"them", "those"}
        ):
            last = out[-1] if out else None
            if (
                last is not None
                and last.field == "monthly_volume"
                and last.excluded is None
                and last.noun not in DOCS
                and _ONLY_SIGNED.search(text, last.end, tokens[q.i].start)
            ):
                # "1,200 claims a month but we only need signatures on the releases, maybe sixty of those":
                # the signed part of a count of something else is the volume
                out[-1] = _with(last, value=int(q.value * last.rate + 0.5), end=tokens[q.j].end, noun=noun)
                continue
            if noun == "partitive" or any(m.field == "monthly_volume" and m.excluded is None for m in out):
                continue  # "300 NDAs a month, and 40 of them are renewals": a part of the count said before
        if noun == "partitive" or (noun in OTHER and not carries_docs):
            continue
        goods = noun in {"orders", "order"} or (
            noun is None and _plural_thing(tokens, q.j) and not _docs_follow(text, tokens[q.j].end)
        )
        if goods and GOODS_VERBS.intersection(_prev_words(tokens, q.i, 6)):
            continue  # "we ship two thousand orders a month", "we ship 50 pallets a week": goods
        if (
            tokens[q.i].low in {"one", "a", "an"}
            and q.i == q.j
            and (noun is None or noun_at > q.j + 1)
            and not (noun is None and _rate_right_after(tokens, q.j))  # "like one a day" is a count
        ):
            continue  # "every one gets a contract", "each one's got": a pronoun, not a count
        if q.value == 1 and q.i == q.j and {"each", "every", "per"} & set(_prev_words(tokens, q.i, 6)):
            continue  # "each deal goes out as one packet": a ratio to the count said before it
        if (
            q.value == 1
            and q.i == q.j
            and noun in DOCS
            and (_word_at(tokens, noun_at + 1) in {"per", "each", "apiece"} or _for_each(tokens, noun_at + 1))
        ):
            continue  # "it's one agreement per install", "one contract for each job": a ratio, not a count
        pending = False
        exact = 0.0
        cue_noun: str | None = None
        shared_end: int | None = None
        people_noun = noun is not None and (noun in PEOPLE or noun == "us" or is_role_word(noun))
        people_rate = people_noun and _rate_right_after(tokens, noun_at)
        if people_rate and not docs_here:
            continue  # "we hire 10 people a month": a flow of people, not a team size
        if people_rate:  # "thirty new employees a month, each gets a packet": one document each
            field, rate = "monthly_volume", _rate_near(tokens, q, next_i) or 1.0
        elif (
            people_noun
            and docs_here
            and _FLOW_VERBS.intersection(_prev_words(tokens, q.i, 8))
            and _EACH_SIGNS.match(text, tokens[noun_at].end)
            and (flow := _rate_near(tokens, q, next_i)) is not None
        ):
            # "every two weeks we onboard a class, around twenty people, and each one signs an offer letter":
            # people who come at a rate and each sign a document are a document count
            field, rate = "monthly_volume", flow
        elif people_noun:
            field = "team_size"
            if noun in _SEAT_WORDS:
                scope = "user"
            elif noun in {"employees", "employee", "headcount", "ftes", "fte"}:
                scope = "company"
        elif noun is None and _prev_words(tokens, q.i, 2, skip=_NP_SKIP)[::-1] in _GROUP_OF:
            # "crew of eleven, and contract per week maybe twelve": the rate is not its
            field, cue_noun = "team_size", "people"
        else:
            r = _rate_near(tokens, q, next_i)
            if r is None and first_end < q.j:
                r = _rate_near(tokens, replace(q, j=first_end), q.j)  # "500 a year? no, wait, ... 720"
            # a known thing that is no document ("10,000 visitors") waits like "thirty weddings a year"
            # unless the turn ties it to a document ("guests sign release forms ... three guests a month")
            thing = _word_at(tokens, q.j + 1) if noun is None else ""
            outsider = (
                thing in NOT_ROLES
                and thing not in DOCS
                and not _docs_follow(text, tokens[q.j].end)
                and not _docs_precede(text, tokens[q.i].start, thing)
            ) or (
                # "a dozen houses a year", "twenty cars a week": any other plural thing waits the same way
                # unless the caller says each one comes with paperwork
                noun is None
                and _plural_thing(tokens, q.j)
                and thing not in _DOC_LIKE
                and not _docs_tied(text, tokens[q.j].end, thing, tokens[q.i].start)
            )
            if (
                r is not None
                and not outsider
                and (noun in DOCS or noun is None or docs_here or (asked and asked.field == "monthly_volume"))
            ):
                # a bare "about 80 a month" on a call about signing is a document count
                field, rate = "monthly_volume", r
            elif r is not None:
                # "thirty weddings a year" before documents come up: kept until the call ties them to one
                field, rate, pending = "monthly_volume", r, True
            elif noun in DOCS and asked and asked.field == "monthly_volume":
                field, rate = "monthly_volume", asked.rate
            elif noun in DOCS and (shared := _shared_rate(tokens, qs, idx)) is not None:
                # "we ship 2,000 orders a month but only sign thirty contracts": the rate said once is shared
                field, rate = "monthly_volume", shared
            elif noun in DOCS and (ahead := _rate_of_next_docs(text, tokens, qs, idx, noun_at)) is not None:
                # "two hundred purchase orders and thirty vendor contracts a month": one rate for both
                field, rate = "monthly_volume", ahead
            elif (
                (
                    noun in DOCS
                    or (noun is None and (docs_here or (asked and asked.field == "monthly_volume")))
                )
                and _word_at(tokens, (last_at := _counted_end(tokens, q, noun, noun_at)) + 1) == "last"
                and _word_at(tokens, last_at + 2) in RATE_UNITS
                and (noun is not None or last_at == q.j or _docs_tied(text, tokens[last_at].end, thing, 0))
            ):
                # "900 contracts last quarter", "it was 300 last quarter", "eighteen hundred installs last
                # year, ... one agreement per install"
                field, rate = "monthly_volume", RATE_UNITS[_word_at(tokens, last_at + 2)]
            elif noun is None and r is None:
                subject = _subject_head(tokens, q.i)
                prev_low = _word_at(tokens, q.i - 1)
                b0 = before[0] if before else ""
                b1 = before[1] if len(before) > 1 else ""
                if _plural_thing(tokens, q.j):
                    pass  # "a radio group, four stations": something counted, not the people
                elif (
                    out
                    and out[-1].field == "monthly_volume"
                    and out[-1].excluded == "hypothetical"
                    and prev_field == "monthly_volume"
                    and {"now", "currently", "today"} & {t.low for t in tokens[max(0, q.i - 6) : q.i]}
                ):
                    # "if the deal goes through we'd be doing a thousand a month, but right now we're around
                    # a hundred": the figure set against a hypothetical volume is today's volume
                    field, rate = "monthly_volume", prev_rate
                elif (
                    b0 in TEAM_HEADS
                    or (
                        b0 in {"are", "is", "of"}
                        and (b1 in TEAM_HEADS or b1 in PEOPLE or b1 == "we")
                        and (subject is None or _is_people_head(subject))
                    )
                    or b0 in {"we're", "were"}
                    or (b0 == "are" and b1 == "we")
                    or (b0 == "be" and b1 in {"we'd", "we'll", "would", "will"})
                    # "we're sitting at fourteen", "we've stayed at nine": a level the team holds
                    or (b0 in STATE_VERBS and prev_low == "at" and b1 in {"we're", "we've", "we"})
                    # "we'd need logins for nine", "seats for twelve": seats for that many people
                    or (b0 == "for" and b1 in _SEAT_WORDS)
                    # "just the litigation group, that's twelve": a group named, then its size
                    or (b0 in {"that", "which"} and (b1 in TEAM_HEADS or b1 in PEOPLE or is_role_word(b1)))
                    or _headcount_before(tokens, q.i)
                    or (subject is not None and _is_people_head(subject))
                    or _HIRE_AFTER.match(text, tokens[q.j].end) is not None
                ):
                    field = "team_size"
                elif _counts_person_after(tokens, q.j):
                    field = "team_size"  # "thirteen if you include our bookkeeper": a total of people
                elif b0 in {"there", "is", "are"} and b1 in PEOPLE:
                    field, cue_noun = "team_size", b1  # "the finance managers, there's four"
                elif (shared_noun := _people_noun_shared(text, tokens, qs, idx)) is not None:
                    field, cue_noun = "team_size", shared_noun  # "3 full-time and 2 part-time staff"
                    shared_end = tokens[qs[idx + 1].i - 2].end  # the modifier, so that the groups add up
                elif _staff_kind_after(text, tokens, q.j):
                    field = "team_size"  # "we employ roughly 45 full-time", "twelve full-time, four part"
                elif (prior := _rate_of_prior_sentence(text, tokens[q.i].start)) is not None and not out:
                    # "We send contracts every single week. Thirty-five, roughly.": the figure of that rate
                    field, rate = "monthly_volume", prior
                elif asked and asked.field is not None and not out_has_field_before(out):
                    field, rate, scope = asked.field, asked.rate, asked.scope
                elif prev_field is not None:
                    field, rate, scope = prev_field, prev_rate, prev_scope
        if field is None:
            after = " ".join(t.low for t in tokens[q.j + 1 : q.j + 4])
            if noun is None and after.startswith(("now", "today", "currently", "right now", "at the moment")):
                bare.append(q)
            continue
        # "me and two service writers" -> three people
        value = q.value
        if (
            field == "team_size"
            and q.hi > q.lo
            and _word_at(tokens, q.j + 1) != ","
            and _counts_person_after(tokens, q.j)
        ):
            # "nine, ten if you count me": the top figure is the one said with the person (after a comma,
            # "two dozen, maybe thirty, if you count the seasonal staff", the person goes with the range)
            value = q.hi
        plain = [w for w in before if w not in {"the", "my", "our", "a", "an"}]
        if field == "team_size" and plain[:2] in (["and", "me"], ["plus", "me"]):
            value += 1
        elif field == "team_size" and _me_after(tokens, noun_at if noun is not None else q.j):
            value += 1  # "three tutors plus me", "twelve, plus me"
        if field == "team_size" and noun is not None:
            # "half of our 60 agents would use it", "40 people, about half of them would send contracts"
            share = share_before(text, tokens, q)
            if share == 1.0:
                share = _using_share_after(text, tokens[min(noun_at, len(tokens) - 1)].end)
            if share != 1.0:
                value, scope = max(1, int(value * share)), "user"
        if field == "monthly_volume":
            counted = _word_at(tokens, q.j + 1)
            share = (
                _share_of(text, tokens, q, max(noun_at, q.j + 1))
                if counted.isalpha() and counted not in DOCS and counted not in RATE_ARTICLES
                else 1.0
            )
            exact = value * rate * share
            value = int(exact + 0.5)
        if field == "team_size" and scope is None and noun is None:
            # the subject's head says whose figure it is: "the support crew ... is eleven, the firm is ninety"
            head = _subject_head(tokens, q.i)
            scope = "company" if head in _ORG_HEADS else "user" if head and _is_people_head(head) else None
        if field == "team_size" and scope is None:
            scope = _scope_near(tokens, q, qs, idx)
        excluded = None
        at = q.j if idx in corrected else q.i  # a self-correction is judged where it lands
        # a correction is negated by what precedes the figure it lands on: "not fifty, God no, nine people"
        neg_at = _last_figure_start(tokens, q) if idx in corrected else q.i
        neg = _prev_words(
            tokens,
            neg_at,
            2,
            skip=FILLERS
            | {"like", "even", "exactly", "definitely", "really", "quite", "certainly", "actually", "over"},
        )
        if field == "team_size" and _owned_by_other(tokens, q.i):
            excluded = "someone else's"  # "our biggest client has two thousand employees"
        elif out and {"including", "includes", "counting", "forgot", "forgetting", "missed"} & set(neg[:2]):
            # "ten people, I forgot the two in accounting": the part that makes the total
            excluded = "subset"  # "fourteen in total, including the five we already have": a part
        elif (
            (
                any(w in {"not", "nowhere", "never"} or w.endswith("n't") for w in neg[:2])
                or neg[:2] == ["from", "far"]
            )
            and not _negates_hedge(tokens, q.i)
        ) or _TAKEN_BACK.match(text, tokens[q.j].end):
            excluded = "negated"
            if out and out[-1].field == field:
                out[-1] = _with(out[-1], corrects=value)
        elif (
            hypo[at]
            or _PROJECTED.match(text, tokens[max(q.j, noun_at if noun else q.j)].end)
            or (field == "monthly_volume" and _aspired(text, tokens, q, noun_at if noun else q.j))
        ):
            excluded = "hypothetical"  # or a projection: "maybe fifty people by next year"
        elif (
            past[at]
            and not STEADY.search(_sentence_text(text, tokens, at))
            and not (
                field == "monthly_volume" and _period_after(tokens, _counted_end(tokens, q, noun, noun_at))
            )
            # the last period's total given as the answer to "how many a year?": their current rate
            and not (
                field == "monthly_volume"
                and asked
                and asked.field == field
                and _last_period_before(tokens, q.i)
            )
        ):
            excluded = "past"  # unless said to hold now: "it was 300 last quarter, and that's pretty steady"
        elif pending:
            excluded = PENDING_DOCUMENTS
        elif field == "monthly_volume" and "?" in text and _asks_allowance(tokens, q):
            excluded = "allowance"  # "does the starter plan include ten a month?": our plan, not their volume
        start, end = tokens[q.i].start, tokens[max(q.j, noun_at if noun else q.j)].end
        if shared_end is not None:
            end = max(end, shared_end)
        if (
            field == "monthly_volume"
            and out
            and out[-1].field == field
            and out[-1].excluded is None
            and excluded is None
            and _RESTATED.fullmatch(text, out[-1].end, start)
            and not _sums_last_two(out, value)
        ):
            continue  # "3,200 a year, so what's that, two-something a month?": the caller's own arithmetic
        mention = Mention(
            field,
            max(value, 1),
            start,
            end,
            scope,
            correction=idx in corrected,
            excluded=excluded,
            noun=noun or cue_noun,
            rate=rate,
        )
        if field == "monthly_volume" and (
            PEAK.search(_clause_text(text, tokens, q)) or PEAK.search(_lead_in(text, tokens, q.i))
        ):
            mention = _with(mention, peak=True)
        if out and _per_person(text, out[-1], mention):
            # "each of our 12 agents sends maybe 5 contracts a week": the rate of one person times the team
            mention = _with(mention, value=int(exact * out[-1].value + 0.5))
        if out and _docs_add_up(text, out[-1], mention):
            mention = _with(mention, value=out[-1].value + mention.value, start=out[-1].start)
            out.pop()
        if (
            out
            and _adds_up(text, out[-1], mention)
            and _word_at(tokens, q.i - 1) in _DEFINITE
            and mention.value <= out[-1].value
            and mention.noun in {None, "us", out[-1].noun}  # "and the two partners" is another group
        ):
            # "three staff, and the three of us would be the ones using it", "seven staff and all seven of
            # us": the group said again (or the part of it that uses the product), not another group
            out[-1] = _with(out[-1], value=mention.value, scope="user")
            prev_field, prev_rate, prev_scope = field, rate, "user"
            continue
        if out and _adds_up(text, out[-1], mention):
            prev = out[-1]
            left_out = _group_left_out(text, mention.end, prev.noun, mention.noun)
            if left_out is not None and left_out == mention.noun:
                # "six AEs and two SDRs, but the SDRs don't send contracts": the first group is the team
                out[-1] = _with(prev, scope="user")
                prev_field, prev_rate, prev_scope = field, rate, "user"
                continue
            if left_out is not None and left_out == prev.noun:
                mention = _with(mention, scope="user")  # "... but the techs won't use it": the second is
            else:
                mention = _with(
                    mention, value=prev.value + mention.value, start=prev.start, scope=scope or prev.scope
                )
            out.pop()
        if (
            mention.field == "team_size"
            and mention.excluded is None
            and (
                _EACH_PLACE.match(text, mention.end)
                or _EACH_PLACE_BEFORE.search(text, max(0, mention.start - 60), mention.start)
            )
        ):
            places = _places_before(text, mention.start)
            if places > 1:
                # "three locations, about ten staff at each": the same team at every place
                mention = _with(mention, value=mention.value * places, scope=mention.scope or "company")
        if mention.field == "monthly_volume" and mention.excluded is None and not mention.peak:
            own = _OWN_RATE.match(text, mention.end)
            # every place sends that many: "each of our 3 offices does about 50 a month", "two clinics, each
            # does 100 consents a month", "our 3 locations send about 50 agreements a month each"
            if _EACH_PLACE_BEFORE.search(
                text, max(0, mention.start - 60), mention.start
            ) or _EACH_PLACE.match(text, own.end() if own else mention.end):
                places = _places_before(text, mention.start)
                if places > 1:
                    mention = _with(mention, value=mention.value * places)
        one = _ONE_MORE.match(text, mention.end) if mention.field == "team_size" else None
        single = one.group(1).lower() if one else ""
        if (
            one
            and not mention.excluded
            and (mention.noun is None or _people_noun(mention.noun))
            and _people_noun(single + ("es" if single.endswith("s") else "s"))
            # unless said not to use it: "three brokers and a receptionist, she doesn't need it"
            and _group_left_out(text, one.end(), None, single) is None
        ):
            # "three lawyers and a paralegal": a singular person joined to a counted group adds one
            mention = _with(mention, value=mention.value + 1, end=one.end())
        out.append(mention)
        prev_field, prev_rate, prev_scope = field, rate, scope
    for q in bare:
        then = next((x for x in out if x.start > tokens[q.j].end and x.field == "team_size"), None)
        if then is not None and then.excluded is not None and not hypo[q.i] and not past[q.i]:
            # the team as it stands, set against a hypothetical or past one said after it
            out.append(Mention("team_size", q.value, tokens[q.i].start, tokens[q.j + 1].end, then.scope))
    out.sort(key=lambda x: x.start)
    return _only_users(text, [_per_document(text, m) for m in out])


# "every document has three signers", "each contract needs two signatures": signatures per document
_SIGNERS_EACH: Final = pattern_on_use(
    r"[^.?!]{0,80}?\b(?:every|each|per)\s+(?:[\w-]+\s+)?([a-z]+)"
    r"\s+(?:has|needs|gets|takes|requires|is)\s+(?:like\s+|about\s+|around\s+)?(\w+)\s+"
    r"(?:signers|signatures|signatories|people signing|parties)\b",
    re.IGNORECASE,
)


def _per_document(text: str, m: Mention) -> Mention:
    """A count of signatures, when each document has several signers, is that many fewer documents."""
    if m.field != "monthly_volume" or m.noun not in {"signatures", "signature"}:
        return m
    each = _SIGNERS_EACH.match(text, m.end)
    if each is None or each.group(1).lower() not in DOCS:
        return m
    word = each.group(2).lower()
    n = int(word) if word.isdigit() else UNITS.get(word, 0)
    return _with(m, value=max(1, int(m.value / n + 0.5))) if n > 1 else m


# "... but only the office uses it": the group that uses the product, named by its place or its noun.
_ONLY_USERS: Final = pattern_on_use(
    r"\bonly\s+(?:the\s+|our\s+)?([a-z]+)(?:\s+(?!would|will|uses?|needs?)[a-z]+)?(?:\s+(?:folks|people|"
    r"team|guys|staff|side))?"
    r"\s+(?:would\s+|will\s+|'d\s+)?"
    r"(?:uses?|using|need|needs|touch(?:es)?|sends?|signs?)\b",
    re.IGNORECASE,
)


def _only_users(text: str, out: list[Mention]) -> list[Mention]:
    """Of several groups of people, the one a restriction names is the using team; the rest the company."""
    teams = [n for n, m in enumerate(out) if m.field == "team_size" and m.excluded is None]
    if len(teams) < 2 or "only" not in text.lower():
        return out
    only = _ONLY_USERS.search(text, out[teams[0]].end)
    if only is None:
        return out
    if out[teams[-1]].start > only.start():
        return out  # the group is counted after the restriction: "only HR would use it, that's three"
    word = only.group(1).lower()
    hits = []
    for k, n in enumerate(teams):
        # the figure, its noun and what follows up to the next comma or group: "seven people in the office"
        seg_end = min(out[teams[k + 1]].start if k + 1 < len(teams) else only.start(), only.start())
        comma = text.find(",", out[n].end, seg_end)
        seg = re.findall(r"[a-z]+", text[out[n].start : comma if comma >= 0 else seg_end].lower())
        if word in seg or word + "s" in seg:
            hits.append(n)
    if len(hits) != 1:
        return out
    return [
        _with(m, scope="user" if n == hits[0] else "company") if n in teams else m for n, m in enumerate(out)
    ]


# "and"/"plus" joining two groups of people, with no restatement ("now", "no", "or") in between
_JOIN: Final = pattern_on_use(
    r"\s*[,.]?\s*(?:and|plus|&)\b(?![^.?!]*\b(?:now|no|or|actually|sorry|wait|rather|but|became|grew|went|"
    r"hired|so)\b)"
    r"[^.?!\d]{0,40}",
    re.IGNORECASE,
)
_KINDS_OF_STAFF: Final = (
    r"(?:full[- ]?time(?:rs)?|part[- ]?time(?:rs)?|in[- ]house|remote|on[- ]site|seasonals?)"
)
_GROUP_KIND: Final = pattern_on_use(r"\s*" + _KINDS_OF_STAFF + r"\b", re.IGNORECASE)
_GROUP_KIND_JOIN: Final = pattern_on_use(
    r"\s*" + _KINDS_OF_STAFF + r"\s*"
    r"(?:,\s*(?:and\s+|plus\s+)?|and\s+|plus\s+|&\s+)(?:(?:about|around|maybe|like|another)\s+)?",
    re.IGNORECASE,
)
_OF_THEM: Final = pattern_on_use(r"\bof (?:them|those|these)\b", re.IGNORECASE)
_TOTAL_AFTER: Final = pattern_on_use(
    r"\s*,?\s*(?:in )?(?:total|overall|altogether|all together|combined)\b", re.IGNORECASE
)


# A figure for a peak period is not the typical month: "four hundred in flu season", "some weeks ten a day".
PEAK: Final = pattern_on_use(
    r"\b(?:in|during) (?:the )?(?:\w+ )?(?:season|rush)\b|\bbusy (?:season|period|months?|weeks?|days?)\b|"
    r"\b(?:summer|winter|spring|fall|holiday|tax|year-end|back-to-school) rush\b|"
    # "thirty a week, and in summer maybe sixty": a season of its own
    r"\b(?:in|during) (?:the )?(?:summer|winter|spring|fall|autumn|holidays)\b|"
    r"\bat (?:the )?peak\b|"
    r"\bsome (?:weeks|months|days)\b|\bsometimes\b|"
    # "on a good month", "good month, twelve", "a big week we'll do forty"
    r"\b(?:busy|good|big|great|strong) (?:day|week|month)\b(?!-)",
    re.IGNORECASE,
)


# A past figure said to hold now.
STEADY: Final = pattern_on_use(
    r"\b(?:pretty |fairly |very |about )?(?:steady|consistent|typical|the same every|same every|normal)\b|"
    # "and this year looks the same", "it'll be about the same this year"
    r"\b(?:looks?|looking|is|'s|should be|will be|'ll be) (?:about |roughly |pretty much |much )?"
    r"(?:the same|similar)\b(?! as)|"
    # "last year we did around 1,800, so similar this year"
    r"\b(?:the same|similar|same) (?:this year|this quarter|this month|now|these days)\b|"
    # "last year it was twenty-four hundred, so about that"
    r"\bso (?:about|around|roughly|pretty much) (?:that|the same)\b",
    re.I,
)


_RATE_TAIL: Final = RATE_ARTICLES | RATE_UNITS.keys() | {"business", "working", "or", "so", "more", "less"}
_GOAL_WORDS: Final = word_set("goal goals target targets aim aiming hoping hope dream plan's projection")
_WOULD: Final = word_set("we'd i'd would could we'll might")


def _aspired(text: str, tokens: list[Token], q: Quantity, last: int) -> bool:
    """A volume still to come: "a thousand a month eventually", "fifty a week if the grant comes through"
    said with "we'd", "the goal is two hundred a month"."""
    k = last + 1
    while k < len(tokens) and tokens[k].low in _RATE_TAIL:
        k += 1  # past the rate: "a thousand a month eventually"
    if k > last + 1 and _PROJECTED.match(text, tokens[k - 1].end):
        return True
    clause: list[str] = []  # the words before the figure back to a comma: "right now we do about 150"
    c = q.i - 1
    while c >= 0 and tokens[c].low not in CLAUSE_STOPS and tokens[c].low != "," and q.i - c <= 10:
        clause.append(tokens[c].low)
        c -= 1
    if _GOAL_WORDS.intersection(clause):
        return True
    # the consequent said first: "we'd probably send fifty a week if the grant comes through"
    k += _word_at(tokens, k) == ","
    hedge = f"{_word_at(tokens, k + 1)} {_word_at(tokens, k + 2)}" in _IF_HEDGES  # "if I had to guess"
    return bool(_WOULD.intersection(clause)) and _word_at(tokens, k) == "if" and not hedge


_IF_HEDGES: Final = frozenset(
    {"i had", "i have", "you want", "you need", "i remember", "i recall", "i'm honest", "memory serves"}
)


# Our plan and what it allows, asked about: "does the starter plan include ten a month?"
_PLAN_WORDS: Final = word_set("plan plans tier tiers starter basic pro premium trial package subscription")
_ALLOW_WORDS: Final = word_set(
    "include includes included allowance limit limits cap caps quota come comes get allow allows"
)
_CALLER: Final = word_set("we i we're we'll we've we'd our us i'm i've")


def _asks_allowance(tokens: list[Token], q: Quantity) -> bool:
    """A figure in a question about a plan's allowance, in a clause of its own with no "we"/"I"."""
    a = q.i
    while a > max(0, q.i - 30) and tokens[a - 1].low not in {".", "!", "?", "..."}:
        a -= 1
    b = q.j
    while b < min(len(tokens), q.j + 30) and tokens[b].low not in {".", "!", "?", "..."}:
        b += 1
    if _word_at(tokens, b) != "?":
        return False
    words = {t.low for t in tokens[a:b]}
    if not (_PLAN_WORDS & words and _ALLOW_WORDS & words) and "allowance" not in words:
        return False
    c, d = q.i, q.j
    while c > a and tokens[c - 1].low != ",":
        c -= 1
    while d < b and tokens[d].low != ",":
        d += 1
    return not _CALLER.intersection(t.low for t in tokens[c:d])


def _last_period_before(tokens: list[Token], i: int) -> bool:
    """ "last year it was about five hundred": the figure is the total of the last period."""
    words = _prev_words(tokens, i, 5, skip=FILLERS | HEDGES | {","})
    return "last" in words and any(w in RATE_UNITS for w in words)


# A figure for a time still to come: "fifty people by next year", "eighty seats by the summer".
_PROJECTED: Final = pattern_on_use(
    r"\s*,?\s*(?:(?:by|in|within|come)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?(?:next|coming)\s+"
    r"(?:year|quarter|spring|summer|fall|autumn|winter)|(?:by|come)\s+(?:the\s+)?(?:spring|summer|fall|"
    r"autumn|"
    r"winter|new year)|next\s+year|later(?:\s+on)?|down the (?:road|line)|eventually|in the future)\b",
    re.IGNORECASE,
)


def _sums_last_two(out: list[Mention], value: int) -> bool:
    """ "clients twenty a month, timesheets like sixty, so around eighty": the total of the two before."""
    if len(out) < 2 or any(m.field != "monthly_volume" or m.excluded for m in out[-2:]):
        return False
    total = out[-1].value + out[-2].value
    return value != out[-1].value and abs(value - total) <= 0.1 * total


# A figure that restates the one before in another unit: "..., so what's that, two-something a month?"
_RESTATED: Final = pattern_on_use(
    r"[^.?!\d]{0,30}?\b(?:what's that|what is that|that's|that is|which is|which comes to|that'd be|"
    r"that comes to|"
    r"(?:that )?works out to|so)\s*,?\s*(?:about|around|roughly|like|maybe|uh|um|call it|\s)*",
    re.IGNORECASE,
)


# How far a sentence reaches either side of a figure: keeps one unpunctuated run-on turn linear.
_REACH: Final = 400


def _sentence_span(text: str, a: int, b: int) -> tuple[int, int]:
    """Start and end of the sentence around text[a:b], at most _REACH characters either side."""
    lo, hi = max(0, a - _REACH), min(len(text), b + _REACH)
    start = max(text.rfind(c, lo, a) for c in ".?!")
    ends = [i for i in (text.find(c, b, hi) for c in ".?!") if i >= 0]
    return (start + 1 if start >= 0 else lo), min(ends, default=hi)


def _sentence_text(text: str, tokens: list[Token], k: int) -> str:
    start, end = _sentence_span(text, tokens[k].start, tokens[k].end)
    return text[start:end]


def _clause_text(text: str, tokens: list[Token], q: Quantity) -> str:
    """The stretch of text around a figure, up to the neighbouring sentence or comma-free clause breaks."""
    a = q.i
    while a > max(0, q.i - 60) and tokens[a - 1].low not in CLAUSE_STOPS and tokens[a - 1].low != ",":
        a -= 1
    b = q.j
    last = min(len(tokens) - 1, q.j + 60)
    while b < last and tokens[b + 1].low not in CLAUSE_STOPS and tokens[b + 1].low != ",":
        b += 1
    return text[tokens[a].start : tokens[b].end]


def _lead_in(text: str, tokens: list[Token], i: int) -> str:
    """A short phrase set before a figure by a comma: "good month, twelve", "busy season, four hundred"."""
    k = i - 1
    while k >= 0 and tokens[k].low in HEDGES:
        k -= 1
    if k < 1 or tokens[k].low != ",":
        return ""
    a = k
    while a > 0 and tokens[a - 1].low not in CLAUSE_STOPS and tokens[a - 1].low != "," and k - a < 4:
        a -= 1
    if a > 0 and tokens[a - 1].low not in CLAUSE_STOPS and tokens[a - 1].low != ",":
        return ""  # a longer clause: its own statement, not a lead-in
    return text[tokens[a].start : tokens[k].start]


_ONE_MORE: Final = pattern_on_use(
    r"\s*,?\s*(?:and|plus|&) (?:a|an|one|our|my|the) (?:[\w-]+ )?([a-z]+)\b(?!\s*(?:'s|of|who|for|to))"
    # "six of us, plus our accountant part-time": a word on how they work does not end the person
    r"(?:\s+(?:part[- ]?time|full[- ]?time|too|as well|also))?(?=\s*(?:[,.?!]|$))",
    re.IGNORECASE,
)


# The group that would use the product, named after the company's size: "but the ones who'd use it",
# "the users would be procurement", "only the HR team would use it", "the ones sending contracts".
_USING_GROUP: Final = pattern_on_use(
    r"\b(?:but|though|although|and|,)\s+(?:(?:really|actually|honestly),?\s+)?(?:only\s+)?(?:the|our|those)\s+"
    r"(?:(ones|people|folks|guys|users?|staff|team|[\w-]+\s+team|[\w-]+)\s+)?"
    r"(?:(?:who|that)(?:'d|'ll|\s+would|\s+will)?\s+|would\s+|will\s+|'d\s+)?(?:actually\s+)?(?:be\s+)?"
    r"(?:use|using|uses|send|sending|sends|sign|signing|need|needing|touch|be)\b",
    re.IGNORECASE,
)
# Nouns of a using group that elsewhere name outsiders: "that's six buyers" (the purchasing staff).
_USING_NOUNS: Final = word_set("buyers purchasers planners users members")

# A group named after the count, said not to use the product: "but the SDRs don't send contracts".
_LEFT_OUT: Final = pattern_on_use(
    r"\s*[,;.]?\s*(?:but|though|although|and|except|only)?\s*,?\s*(?:the|our|my|those|these|all the)?\s*"
    r"([a-z-]+)\s+(?:don't|do not|won't|will not|never|wouldn't|would not|aren't|can't|shouldn't|doesn't|"
    r"does not|isn't|is not)\s+(?:\w+\s+){0,2}?(?:use|using|send|sending|sign|signing|need|needs|touch|do|"
    r"handle|deal|see|access|log|get|going|involved|part)\b",
    re.IGNORECASE,
)
_PRONOUNS: Final = word_set("she he they")


def _group_left_out(text: str, pos: int, first: str | None, second: str | None) -> str | None:
    """Which of two groups just counted a clause right after them leaves out: its noun, or None."""
    m = _LEFT_OUT.match(text, pos)
    if m is None:
        return None
    word = m.group(1).lower()
    for noun in (first, second):
        if noun and (word == noun or word + "s" == noun or word == noun + "s" or word == noun + "es"):
            return noun
    if word in _PRONOUNS and second is not None and not second.endswith("s"):
        return second  # "and a receptionist, she doesn't need it": the person just named
    return None


def _people_noun(noun: str | None) -> bool:
    return noun is not None and (noun in PEOPLE or noun == "us" or is_role_word(noun))


def _adds_up(text: str, a: Mention, b: Mention) -> bool:
    """ "three vets and six techs" is nine people; "11 lawyers and 4 paralegals, so 15" ends on the 15,
    and "30 attorneys and a hundred staff total" is a hundred."""
    if (
        a.field == b.field == "team_size"
        and a.excluded is None
        and b.excluded is None
        and _GROUP_KIND_JOIN.fullmatch(text, a.end, b.start)
        and _GROUP_KIND.match(text, b.end)
    ):
        return True  # "twelve full-time, four part-time": two kinds of the same staff
    return (
        a.field == b.field == "team_size"
        and a.excluded is None
        and b.excluded is None
        and a.noun is not None
        and b.noun is not None
        and (a.noun in PEOPLE or a.noun == "us" or is_role_word(a.noun))
        and (b.noun in PEOPLE or b.noun == "us" or is_role_word(b.noun))
        and "company" not in (a.scope, b.scope)
        and not any(w in TEAM_HEADS for w in re.findall(r"[a-z']+", text[a.end : b.start].lower()))
        and (
            _JOIN.fullmatch(text[a.end : b.start]) is not None
            # "two partners, three associates and a receptionist": a list whose last item comes with "and"
            or (
                text[a.end : b.start].strip() == ","
                and (_LIST_GOES_ON.match(text, b.end) is not None or _LEFT_OUT.match(text, b.end) is not None)
            )
        )
        and _TOTAL_AFTER.match(text, b.end) is None
        and not _restricted(text, b.end, (a.noun, b.noun))
        # "ten people, and two of them would use it": a part of the group, not another group
        and _OF_THEM.search(text, b.start, b.end) is None
    )


_LIST_GOES_ON: Final = pattern_on_use(
    r"\s*,?\s*(?:and|plus|&)\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|our|my|the|\d+)\s",
    re.IGNORECASE,
)


_DOC_JOIN: Final = pattern_on_use(
    r"(?:\s+(?:a|per|each|every)\s+(?:month|week|day|year|quarter))?\s*,?\s*(?:and|plus|"
    r"&)\b(?:\s*,?\s*(?:I dunno|I don't know|I guess|uh|um|say|then|"
    r"maybe|about|around|another|also|roughly))*\s*,?\s*",
    re.IGNORECASE,
)


def _rate_of_next_docs(
    text: str, tokens: list[Token], qs: list[Quantity], idx: int, noun_at: int
) -> float | None:
    """The rate of the next document count joined by "and" in the same clause, if this one has none."""
    if idx + 1 >= len(qs):
        return None
    nq = qs[idx + 1]
    if not _DOC_JOIN.fullmatch(text, tokens[noun_at].end, tokens[nq.i].start):
        return None
    nxt, nxt_at = _noun_after(tokens, nq.j)
    if nxt not in DOCS:
        return None
    return _rate_near(tokens, replace(nq, j=nxt_at), len(tokens))


_EACH_ENDS: Final = pattern_on_use(r"\s+(?:each|apiece)\s*[,;]", re.IGNORECASE)
_EACH_OF: Final = pattern_on_use(r"\beach of (?:our|the|my|those|these)\s*$", re.IGNORECASE)
_EACH_BETWEEN: Final = pattern_on_use(r"^[^.?!;]{0,12}\beach\b[^.?!;]{0,25}$", re.IGNORECASE)
_EACH_AFTER: Final = pattern_on_use(
    r"(?:\s+[\w-]+){0,4}?\s+(?:each|apiece|per (?:person|head|rep|agent))\b", re.IGNORECASE
)


def _per_person(text: str, team: Mention, volume: Mention) -> bool:
    """A volume said per person of the team counted just before it in the same sentence."""
    if not (team.field == "team_size" and volume.field == "monthly_volume"):
        return False
    if team.excluded is not None or volume.excluded is not None or not _people_noun(team.noun):
        return False
    between = text[team.end : volume.start]
    if len(between) > 40 or re.search(r"[.?!;]", between) or _EACH_ENDS.match(between):
        return False  # "six people each, and we send about 40": "each" counted the people per place
    return (
        _EACH_OF.search(text, max(0, team.start - 16), team.start) is not None
        or _EACH_BETWEEN.match(between) is not None
        or _EACH_AFTER.match(text, volume.end) is not None
    )


def _docs_add_up(text: str, a: Mention, b: Mention) -> bool:
    """ "two hundred purchase orders and thirty vendor contracts a month": two kinds of document, one sum;
    "a hundred contracts a month with clients. and then another forty with vendors": "another" adds."""
    if not (a.field == b.field == "monthly_volume" and a.excluded is None and b.excluded is None):
        return False
    if _ANOTHER_BEFORE.search(text, max(0, b.start - 12), b.start) is not None:
        # the first count's own period is no other period: "700 slips a year, and then ... another 300"
        own = _OWN_RATE.match(text, a.end)
        between = text[own.end() if own else a.end : b.start]
        return (
            len(between) <= 90
            and _NOT_ADDED.search(between) is None
            and _OTHER_TIME_AFTER.match(text, b.end) is None
            and not b.peak
        )
    if a.noun in DOCS and b.noun in DOCS:
        return a.noun != b.noun and _DOC_JOIN.fullmatch(text, a.end, b.start) is not None
    # "offer letters, around 25 a month, and then the NDAs, probably 10": kinds named before their figures
    kind_a, kind_b = a.noun if a.noun in DOCS else _kind_before(text, a.start), b.noun
    if b.noun not in DOCS:
        join = _KIND_JOIN.fullmatch(text, a.end, b.start)
        kind_b = join.group(1).lower() if join else None
    elif _DOC_JOIN.fullmatch(text, a.end, b.start) is None:
        return False
    return kind_a is not None and kind_b is not None and kind_a != kind_b


def _kind_before(text: str, pos: int) -> str | None:
    """The document word right before a figure, hedges aside: "contracts, I'd say forty" -> contracts."""
    m = _KIND_BEFORE.search(text, max(0, pos - 40), pos)
    return m.group(1).lower() if m else None


_OWN_RATE: Final = pattern_on_use(r"\s*(?:a|an|per|each|every)\s+(?:month|week|day|year|quarter)\b", re.I)
_KIND_HEDGES: Final = (
    r"(?:[\s,]*(?:I'd say|I guess|I think|maybe|about|around|probably|like|roughly|say|uh|um))*[\s,]*"
)
_KIND_BEFORE: Final = pattern_on_use(
    r"\b(" + "|".join(longest_first(DOCS)) + r")\b" + _KIND_HEDGES + r"$", re.IGNORECASE
)
_KIND_JOIN: Final = pattern_on_use(
    r"(?:\s+(?:a|per|each|every)\s+(?:month|week|day|year|quarter))?\s*,?\s*(?:and|plus|&)(?:\s+then)?"
    r"\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?(" + "|".join(longest_first(DOCS)) + r")\b" + _KIND_HEDGES,
    re.IGNORECASE,
)
# "another forty", "another, uh, four": a second count added to the first
_ANOTHER_BEFORE: Final = pattern_on_use(
    r"\banother\s*,?\s*(?:(?:uh|um|maybe|about|around|like)\s*,?\s*)*$", re.I
)
# "another ten in December", "another fifty next year": a one-off or another period, not part of the month
_OTHER_TIME_AFTER: Final = pattern_on_use(
    r"(?:\s+\w+)?\s+(?:in|during|next|last|by|come|around|at)\s+(?!a\b|each\b|every\b|per\b)", re.I
)
# words between the two that make the second a correction or another period, not an addition
_NOT_ADDED: Final = pattern_on_use(
    r"\b(?:no|sorry|actually|mean|rather|last|next|year|years|used to|if|would|could|in|during)\b", re.I
)


_ADJ_JOIN: Final = pattern_on_use(r"(?:\s*[\w-]+)?\s*,?\s*(?:and|plus|&)\s*", re.IGNORECASE)


def _people_noun_shared(text: str, tokens: list[Token], qs: list[Quantity], idx: int) -> str | None:
    """ "3 full-time and 2 part-time staff", "two senior and four junior associates": the people noun of the
    next figure, joined by "and" with only a modifier between, counts this figure too."""
    if idx + 1 >= len(qs):
        return None
    q, nq = qs[idx], qs[idx + 1]
    if not _ADJ_JOIN.fullmatch(text, tokens[q.j].end, tokens[nq.i].start):
        return None
    nxt, _ = _noun_after(tokens, nq.j)
    return nxt if _people_noun(nxt) else None


_PLACES = r"(?:locations|offices|sites|stores|branches|clinics|shops|restaurants|hotels|practices)"
_EACH_PLACE: Final = pattern_on_use(
    r"\s*,?\s*(?:at|in|per|for)\s+(?:each|every)(?:\s+(?:one|location|office|site|store|branch|clinic|"
    r"shop))?\b|"
    r"\s+(?:a|per)\s+(?:location|office|site|store|branch|clinic|shop|restaurant|hotel)\b|"
    # "three offices with about 10 people each": a bare "each" that ends the clause
    r"\s+(?:each|apiece)\b(?=\s*(?:[,.;!?]|$|(?:and|but|so)\b))",
    re.IGNORECASE,
)
# "each of our 3 offices does", "every one of our five stores", "each location sends", "each does": a rate of
# one place, said before its figure in the same clause
_EACH_PLACE_BEFORE: Final = pattern_on_use(
    r"\b(?:each|every)\s+(?:(?:one\s+)?of\s+(?:our|the|them|those)\s+(?:[a-z]+\s+|\d+\s+)?)?"
    r"(?:(?:location|office|site|store|branch|clinic|shop|restaurant|hotel|practice)s?\s+)?"
    r"(?:does|do|sends?|signs?|handles?|processes|runs?|gets?|averages?|is|has)\b[^.?!,]{0,25}$",
    re.IGNORECASE,
)
_PLACE_COUNT: Final = pattern_on_use(rf"\b([a-z]+|\d+)\s+{_PLACES}\b", re.IGNORECASE)


def places_said(text: str) -> int:
    """The last count of the caller's places in the utterance ("we're a dental group, four offices" -> 4)."""
    return _places_before(text, len(text), whole=True)


def per_place_later(text: str, m: Mention) -> bool:
    """A team size said per place whose places were counted in an earlier turn: "two per office"."""
    return (
        m.field == "team_size"
        and m.excluded is None
        and _EACH_PLACE.match(text, m.end) is not None
        and _places_before(text, m.start) <= 1
    )


def _places_before(text: str, pos: int, *, whole: bool = False) -> int:
    """The count of the caller's places said earlier in the sentence: "we're three locations, ..." -> 3."""
    start = 0 if whole else _sentence_span(text, pos, pos)[0]
    found = list(_PLACE_COUNT.finditer(text, start, pos))
    if not found:
        return 0
    word = found[-1].group(1).lower()
    return int(word) if word.isdigit() else UNITS.get(word, 0)


def _restricted(text: str, pos: int, nouns: tuple[str, ...]) -> bool:
    """ "forty drivers and six dispatchers, but only the dispatchers would use it": one group is named."""
    if "only" not in text[pos:].lower():
        return False
    only = _ONLY_USERS.search(text, pos, _sentence_span(text, pos, pos)[1])
    return only is not None and any(only.group(1).lower() in (n, n[:-1]) for n in nouns)


GOODS_VERBS: Final = word_set(
    "ship ships shipped shipping deliver delivers delivered fulfil fulfill fulfills pack packs"
)
# Counts that are paperwork in all but name: "forty closings a month", "sixty transactions a month".
_DOC_LIKE: Final = word_set("""
deals closings transactions files loans placements installs installations jobs projects cases matters
listings enrollments signups sign-ups onboardings intakes admissions rentals bookings claims submissions
mortgages refinances refis escrows originations fundings settlements disbursements
packages pages sheets copies changes renewals approvals shipments
""") - {"shipments", "pages", "copies"}


def _staff_kind_after(text: str, tokens: list[Token], j: int) -> bool:
    """A bare figure followed by how the staff work, and nothing it counts: "45 full-time", "3 part-time"."""
    kind = _GROUP_KIND.match(text, tokens[j].end)
    if kind is None:
        return False
    word = _word_at(tokens, next((k for k, t in enumerate(tokens) if t.start >= kind.end()), len(tokens)))
    # "40 full-time hours", "3 full-time shifts": a plural thing follows, so the figure counts that
    return not (word.endswith("s") and word not in PEOPLE and word not in _NOT_PLURALS)


def _counted_end(tokens: list[Token], q: Quantity, noun: str | None, noun_at: int) -> int:
    """The last token of what a figure counts: its noun, a plural thing right after it, or the figure."""
    if noun is not None:
        return noun_at
    return q.j + 1 if _plural_thing(tokens, q.j) else q.j


def _for_each(tokens: list[Token], k: int) -> bool:
    return _word_at(tokens, k) == "for" and _word_at(tokens, k + 1) in {"each", "every"}


def _docs_tied(text: str, end: int, thing: str, start: int) -> bool:
    """The things counted come with paperwork, said in their sentence, the next one, or before them:
    "twelve books a year, and authors sign a contract for each one", "... cars a month. each car is one
    package of contract"."""
    if _docs_precede(text, start, thing) or _SIGN_OR_DOC.search(text, max(0, start - _REACH), start):
        return True  # "deal jackets, buyer's orders, all that. we sell maybe 180 cars a month"
    stop = _sentence_span(text, end, end)[1]
    waved = _NOT_VOLUME.search(text, end, stop)
    if waved is not None:
        # "a dozen houses a year, so it's not about volume, it's the change orders": the caller sets the
        # count aside before naming paperwork, so the paperwork is not what was counted
        return _SIGN_OR_DOC.search(text, end, waved.start()) is not None
    return _docs_follow(text, end) or (stop < len(text) and _docs_follow(text, stop + 1))


_NOT_VOLUME: Final = pattern_on_use(
    r"\b(?:not|isn't|ain't)\s+(?:really\s+)?(?:about|a|the)\s+(?:the\s+)?(?:volume|numbers?|quantity)\b|"
    r"\b(?:volume|numbers?|quantity)(?:'s|\s+is|\s+are|'re)\s*(?:not|n't)\b|"
    r"\b(?:volume|numbers?|quantity)\s+(?:isn't|aren't|doesn't|don't)\b",
    re.IGNORECASE,
)


# Things counted per period that each come with paperwork: "40 new clients a month, each signs a contract".
DOC_CARRIERS: Final = word_set("clients customers students patients properties accounts units doors tickets")
_SIGN_OR_DOC: Final = pattern_on_use(r"\b(?:sign\w*|" + "|".join(longest_first(DOCS)) + r")\b", re.IGNORECASE)
_SHARES: Final = {
    "half": 1 / 2,
    "a third": 1 / 3,
    "one third": 1 / 3,
    "a quarter": 1 / 4,
    "one quarter": 1 / 4,
    "a fourth": 1 / 4,
    "a fifth": 1 / 5,
    "a tenth": 1 / 10,
    "two thirds": 2 / 3,
    "two-thirds": 2 / 3,
    "three quarters": 3 / 4,
    "three-quarters": 3 / 4,
}
_IN_N: Final = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10}
_IN_N.update({str(n): n for n in range(2, 6)})
_SHARE: Final = pattern_on_use(
    r"\b(?:(?P<share>" + "|".join(longest_first(_SHARES)) + r")\b|(?:one|1) (?:in|out of) "
    r"(?P<n>two|three|four|five|six|ten|[2-5])\b|(?P<pct>\d{1,2})(?: ?%| percent\b))(?! of (?:the|a|an) "
    r"(?:year|month|week|day|time)\b)",
    re.IGNORECASE,
)

_SHARE_OF: Final = pattern_on_use(r"\s*(?:of )?(?:our|the|my|those|these|them|all)?\s*", re.IGNORECASE)


def _docs_follow(text: str, pos: int) -> bool:
    """The rest of the sentence ties the counted things to paperwork ("... and each signs a lease")."""
    end = _sentence_span(text, pos, pos)[1]
    return _SIGN_OR_DOC.search(text, pos, end) is not None


def _docs_precede(text: str, pos: int, noun: str) -> bool:
    """ "every new client signs an agreement, that's 35 new clients a month": tied before the figure, in the
    same sentence or an earlier one ("we want the patients to sign ... we see 25 patients a day")."""
    start = max(0, pos - _REACH)
    stem = re.escape(noun[:-1] if noun.endswith("s") else noun)
    tie = re.compile(rf"\b{stem}\w*\b[^.?!]{{0,40}}?" + _SIGN_OR_DOC.pattern, re.IGNORECASE)
    return tie.search(text, start, pos) is not None


def _share_of(text: str, tokens: list[Token], q: Quantity, noun_at: int) -> float:
    """The part of a count of non-documents that comes with a document: "forty patients a day and maybe a
    quarter need a signed estimate" is ten a day. Shares of a document count are subsets and leave it be."""
    share = share_before(text, tokens, q)
    if share != 1.0:
        return share
    pos = tokens[min(noun_at, len(tokens) - 1)].end
    end = _sentence_span(text, pos, pos)[1]
    m = _SHARE.search(text, pos, end)
    if m is not None and _SIGN_OR_DOC.search(text, m.end(), end) is not None:
        return _share_value(m)
    return 1.0


def share_before(text: str, tokens: list[Token], q: Quantity) -> float:
    """A share said before the figure: "half of our 60 agents", "about a third of our 600 clients"."""
    sent_start = _sentence_span(text, tokens[q.i].start, tokens[q.i].start)[0]
    before = text[sent_start : tokens[q.i].start]
    m = _SHARE.search(before)
    if m is not None and _SHARE_OF.fullmatch(before[m.end() :]):
        return _share_value(m)
    return 1.0


_USING_SHARE: Final = pattern_on_use(
    r"\s*,?\s*(?:and |but |so )?(?:maybe |about |around |roughly |only |just |probably |like ){0,2}(?P<s>"
    + "|".join(longest_first(_SHARES))
    + r")(?: of (?:them|those|these|us)\b[^.?!]{0,30}?| (?:would|will|'d)\b)\s*"
    r"(?:would|will|use|using|send|sign|need|'d|actually)\b",
    re.IGNORECASE,
)


def _using_share_after(text: str, pos: int) -> float:
    """ "40 people, about half of them would send contracts": the share that would use the product."""
    m = _USING_SHARE.match(text, pos)
    return _SHARES[m.group("s").lower()] if m else 1.0


def _share_value(m: re.Match[str]) -> float:
    if m.group("n"):
        return 1 / _IN_N[m.group("n").lower()]
    if m.group("pct"):
        return int(m.group("pct")) / 100
    return _SHARES[m.group("share").lower()]


def out_has_field_before(out: list[Mention]) -> bool:
    return bool(out) and out[-1].excluded is None


def _with(m: Mention, **changes: object) -> Mention:
    return replace(m, **changes)  # type: ignore[arg-type]


def _headcount_before(tokens: list[Token], i: int) -> bool:
    k = i - 1
    while k >= 0 and tokens[k].low not in CLAUSE_STOPS:
        if tokens[k].low in {"headcount"} or (
            tokens[k].low == "count" and k > 0 and tokens[k - 1].low == "head"
        ):
            return True
        if tokens[k].low[0].isdigit():
            return False
        k -= 1
    return False


_HANDLED: Final = word_set("sent signed handled done prepared issued filled processed drafted reviewed")


def _scope_near(tokens: list[Token], q: Quantity, qs: list[Quantity], idx: int) -> Scope:
    """Using team or whole company: the nearest scope cue around the figure, within its sentence."""
    lo = qs[idx - 1].j + 1 if idx > 0 else 0
    hi = qs[idx + 1].i if idx + 1 < len(qs) else len(tokens)
    before = [t.low for t in tokens[max(lo, q.i - 7) : q.i]]
    if "by" in before[-3:] and set(before[: before.index("by")]) & _HANDLED:
        return "user"  # the agent of a passive document verb: "the forms get sent by the office managers"
    best: tuple[int, Scope] = (99, None)
    for k in range(max(lo, q.i - 8), min(hi, q.j + 12)):
        if q.i <= k <= q.j:
            continue
        w = tokens[k].low
        d = q.i - k if k < q.i else k - q.j
        stop = any(tokens[x].low in {".", "?", "!"} for x in range(min(k, q.i), max(k, q.j)))
        # a cue nearer the neighbouring figure belongs to it: "eight producers, the whole company's forty"
        nearer_other = (k > q.j and hi < len(tokens) and hi - k < d) or (
            k < q.i and idx > 0 and k - lo + 1 < d
        )
        if stop or nearer_other:
            continue
        if w in COMPANY_CUES and d < best[0]:
            if w == "company" and {"a", "an"} & {t.low for t in tokens[max(0, k - 4) : k]}:
                continue  # "we're an HVAC company, eleven techs": the kind of business, not its whole staff
            best = (d, "company")
        elif w in USER_CUES and d < best[0]:
            best = (d, "user")
    return best[1]
