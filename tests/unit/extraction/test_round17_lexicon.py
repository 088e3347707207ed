"""Round 17 classes of signal language (issue 5): trade vocabulary, tools not in use, deadlines said
relatively, and teams counted as "me and my X".

Every sentence here was written for its class, not copied from a blind round: other words, trades, orders,
fillers and non-native grammar, with near-misses that must not fire.
"""

import pytest

from postcall.extraction import analyze_call, extract_signals
from postcall.session import TranscriptTurn

# Business types, trades and jargon a caller uses about their own business, across the 20 industries.
TRADE_SELF_DESCRIPTIONS = [
    (
        "we're an MGA, mostly commercial lines, and our producers send about sixty binders a month",
        "insurance",
    ),
    ("so we're a managing general agency out of Tampa", "insurance"),
    ("we're a small TPA, we administer self-funded health plans", "insurance"),
    ("I run a public adjusting firm, hurricane claims mostly", "insurance"),
    ("we write personal lines, home and auto, about forty policies a week", "insurance"),
    ("we do SEO and paid social for a bunch of local restaurants", "marketing_agency"),
    ("we handle paid search and paid media for e-commerce brands", "marketing_agency"),
    ("we're a little branding studio, three designers and me", "marketing_agency"),
    ("it's a PR firm, six of us, the contracts are client retainers", "marketing_agency"),
    ("we own a collision repair shop in Tulsa", "automotive"),
    ("I run a body shop, and the repair orders need signatures", "automotive"),
    ("we do car detailing, ceramic coating and window tint", "automotive"),
    ("we're a towing company, about nine trucks", "automotive"),
    ("we're a, we're a food pantry network across the county", "nonprofit"),
    ("I coordinate a soup kitchen, everybody's a volunteer", "nonprofit"),
    ("we're a youth sports league, the parents sign waivers", "nonprofit"),
    ("I'm the treasurer of a booster club at the high school", "nonprofit"),
    ("we do light industrial staffing, mostly forklift and pick-pack", "staffing"),
    ("we're a travel nurse agency, about two hundred nurses on assignment", "staffing"),
    ("we're a locum tenens agency, so physicians on short contracts", "staffing"),
    ("we run a PEO, payroll and benefits for small employers", "staffing"),
    ("hiya, we're a scaffolding firm, about forty lads", "construction"),
    ("I own an excavation company, site work and utilities", "construction"),
    ("we're a demolition contractor, so the permits are a pain", "construction"),
    ("we're a design-build firm, commercial tenant improvements", "construction"),
    ("we're an independent adjusting firm handling claims for about a dozen carriers", "insurance"),
    ("we're a brewery, we distribute to about sixty bars", "manufacturing"),
    ("we're a co-packer for a few snack brands", "manufacturing"),
    ("I run a tool and die shop, twelve machinists", "manufacturing"),
    ("we're a sawmill up in Oregon", "manufacturing"),
    ("we're a pizzeria, two locations", "hospitality"),
    ("I own a small bar and grill downtown", "hospitality"),
    ("we're a marina, slip rental agreements every spring", "hospitality"),
    ("I run a food truck, catering contracts mostly", "hospitality"),
    ("we're a freight brokerage, the carrier packets are endless", "logistics"),
    ("we're a flatbed carrier, twenty trucks", "logistics"),
    ("we're an owner-operator outfit, me and my two drivers", "logistics"),
    ("we're a dispatch service for owner operators", "logistics"),
    ("we're a hedge fund, the subscription docs are the pain", "financial_services"),
    ("we're a private equity firm, NDAs every week", "financial_services"),
    ("we're an RIA, about three hundred households", "financial_services"),
    ("we're a factoring company for truckers", "financial_services"),
    ("we're a game studio, about thirty devs", "software"),
    ("we're a hosting company, the service agreements are all PDFs", "software"),
    ("we're a B2B SaaS startup", "software"),
    ("we're a dance studio, two hundred kids enrolled", "education"),
    ("I run a test prep company, SAT and ACT", "education"),
    ("we're a summer camp, the parents sign forms every June", "education"),
    ("we're a probate practice, mostly estates", "legal"),
    ("I run a process serving company", "legal"),
    ("we're a conveyancing practice in Leeds", "legal"),
    ("we're a pipeline company in West Texas", "energy"),
    ("I run a propane company, delivery contracts", "energy"),
    ("we're a landman firm, we negotiate mineral leases", "energy"),
    ("we're a public works department, about forty staff", "government"),
    ("I'm with the county assessor's office", "government"),
    ("we're a water district, the easements are paper", "government"),
    ("we run a boutique hotel, twelve rooms", "hospitality"),
    ("we're a garden center, seasonal staff sign contracts", "retail"),
    ("I own a bike shop and a little cafe next to it", "retail"),
    ("we're a thrift store, consignment agreements mostly", "retail"),
    ("we're a home inspection company, the agreements go out before every inspection", "real_estate"),
    ("we're an HOA management company, forty associations", "real_estate"),
    ("we're a photography studio and we also do headshots", "media"),
    ("we're an animation studio, contracts with freelancers", "media"),
    ("we're a fractional CFO practice, five of us", "consulting"),
    ("I run an executive coaching practice", "consulting"),
    ("we're in the trucking business, been at it thirty years", "logistics"),
    ("we're in the restaurant business", "hospitality"),
    ("we're a defense contractor, we machine parts for the Army", "manufacturing"),
    ("we're a boutique strategy consultancy, a dozen partners", "consulting"),
]


@pytest.mark.parametrize(("text", "industry"), TRADE_SELF_DESCRIPTIONS)
def test_a_trade_named_in_its_own_words_is_the_industry(text: str, industry: str) -> None:
    # Given a caller describing their business with a trade word, a business type or its jargon
    # When the utterance is read
    signals = extract_signals([text])
    # Then the industry is that trade
    assert signals.industry == industry


# Trade words that are not the caller's business: everyday senses, clients, kin, staff of any firm, a
# product offer, an outside party acting, a word asked back and denied.
NOT_THE_CALLERS_TRADE = [
    "the bar is pretty high for us, we need it to just work",
    "I was at the spa last week when I heard about you",
    "we're waiting on lab results for my mom so I might have to hang up",
    "we sell coffee beans to restaurants and hotels",
    "our clients are mostly breweries and wineries",
    "my brother runs a pizzeria, he told me about you",
    "our landscaping guy recommended you",
    "the county requires wet signatures on some of these",
    "our sales pipeline is about forty deals",
    "the accountants swear by QuickBooks",
    "the recruiters are like seven plus the manager",
    "about three hundred bills of lading a day go out of here but those stay on paper",
    "if we ever got a grant we could maybe afford a CRM, Salesforce has that nonprofit thing, right?",
    "I'm the office manager, the lender's waiting on it",
    "I'm in the box truck right now doing deliveries",
    "a coffee roastery? no, we're a wholesale bakery, grocery chains buy from us",
]


@pytest.mark.parametrize("text", NOT_THE_CALLERS_TRADE)
def test_a_trade_word_that_is_not_the_callers_business_is_no_industry(text: str) -> None:
    # Given a trade word used about something or someone else
    # When the utterance is read
    signals = extract_signals([text])
    # Then no industry is claimed for the caller
    assert signals.industry is None


# Tools named but not in use (weighed and turned down, a past employer's, dropped, denied when asked back,
# wished for some day) beside tools in use, some in informal spellings ('Share Point', 'drop box').
TOOLS_IN_USE_OR_NOT = [
    ("we don't even have a CRM, we looked at Salesforce, way too pricey, so it's all Excel", []),
    ("we evaluated HubSpot last spring but it was overkill for us", []),
    ("we demoed Pipedrive and passed on it, so it's spreadsheets", []),
    ("I checked out Zoho a while back, didn't like it", []),
    ("we trialed Monday.com for a month, nobody used it, now it's just email", []),
    ("my last company used HubSpot and I loved it, here we've got nothing", []),
    ("at my old job we had Salesforce, here it's all paper", []),
    ("where I worked before, they were big on Airtable; we're not", []),
    ("we used HubSpot for a while but we dropped it, now we're on Pipedrive", ["pipedrive"]),
    ("we had QuickBooks for years, we got rid of it, now it's Xero", ["xero"]),
    ("we were on Dropbox but we let it lapse last year, everything's in Google Drive", ["google_drive"]),
    ("slack? no, we don't really use Slack, it's all email, Outlook", ["outlook"]),
    ("Teams? nah, we're a Zoom shop, and Gmail for mail", ["gmail"]),
    ("stripe? no, we take checks, and the books are in QuickBooks", ["quickbooks"]),
    ("if we ever got a grant we could maybe afford a CRM, Salesforce has that nonprofit thing, right?", []),
    ("maybe someday we'd get Salesforce, if we grow, but right now it's nothing", []),
    ("if we ever get big enough we might look at HubSpot", []),
    ("we'd love to use Notion one day but we haven't set it up", []),
    (
        "the agency management system is Applied Epic and we'd want the PDFs dropped into Share Point",
        ["sharepoint"],
    ),
    ("we keep the files in One Drive and invoices go out through Quick Books", ["onedrive", "quickbooks"]),
    ("everything lives in drop box, and we talk on Slack", ["dropbox", "slack"]),
    ("we looked at a few CRMs and went with Salesforce", ["salesforce"]),
    ("we switched to HubSpot last year and love it", ["hubspot"]),
    ("we use Slack, no, sorry, Teams, it's Teams", ["microsoft_teams"]),
    ("my last assistant set up our QuickBooks, we still use it", ["quickbooks"]),
]


@pytest.mark.parametrize(("text", "integrations"), TOOLS_IN_USE_OR_NOT)
def test_only_tools_in_use_or_needed_are_integrations(text: str, integrations: list[str]) -> None:
    # Given a caller naming tools, some of which they do not use
    # When the utterance is read
    signals = extract_signals([text])
    # Then only the tools in use or to be connected are integrations
    assert signals.integrations == sorted(integrations)


# A buying, switching or go-live deadline within ~60 days said relatively (working days, a week word without
# its plural, a start next month, a trial running out on a weekday), and beside them time pressure about
# something else ('urgent, but not for this', 'an urgent client thing'), and a trial not bought after.
DEADLINES_SAID_RELATIVELY = [
    ("we need to be live in the next ten business days, the CFO said so", True),
    ("we have to go live within fifteen working days or we lose the contract", True),
    ("it need to be ready before the Christmas market, we start the contract with vendors in two week", True),
    ("we must to begin in three week, the new law start then", True),
    ("we need to start next month, is obligatory", True),
    ("we have to switch next month, the board decided", True),
    ("the trial runs out Friday and I want to buy before it does, can you help me with that", True),
    ("our DocuSign plan expires on Thursday, so I want this sorted before then", True),
    (
        "I'm on a trial with another e-sign company and it runs out Friday, so I need something new by then",
        True,
    ),
    ("the old contract ends in ten days and we need a replacement before that", True),
    ("we need it up and running in a fortnight", True),
    (
        "we have maybe three weeks before the new school year and the enrollment forms have to be digital",
        True,
    ),
    (
        "I'm not gonna lie, it's urgent, but not for this, my truck's getting towed, call me back in ten?",
        False,
    ),
    ("quick one, I've got a hard stop at two, urgent client thing, so let's be fast", False),
    ("sorry, I have an urgent meeting in five minutes, so just the basics", False),
    ("it's urgent for my boss's presentation, not the signing thing, we're just browsing", False),
    ("the trial runs out Friday but honestly we're not planning to buy this year", False),
    ("we'll decide sometime next year, there's no rush", False),
]


@pytest.mark.parametrize(("text", "urgent"), DEADLINES_SAID_RELATIVELY)
def test_a_near_deadline_for_buying_is_urgency_and_other_pressure_is_not(text: str, urgent: bool) -> None:
    # Given a caller saying when they need the product, or that something else is pressing
    # When the utterance is read
    signals = extract_signals([text])
    # Then urgency is read only for time pressure about buying or switching
    assert signals.urgency is urgent


# A team counted as a list of people starting with the caller, with fillers between ('me and, uh, my
# brother-in-law'), 'myself' for 'me', and the whole family (in-laws, steps); near-misses: a relative's
# business, a thing listed beside the caller, a list in a story before the real figure.
PEOPLE_LISTED_WITH_ME = [
    ("honestly it's just me and, uh, my brother-in-law, he does the books", 2),
    ("it's me and my sister-in-law, she handles the office", 2),
    ("just me and, um, my stepson on weekends", 2),
    ("me and my father-in-law run it, that's it", 2),
    ("it's me, my wife, and, uh, my two nephews", 4),
    ("basically me and my business partner and our office manager", 3),
    ("me, my cousin and my mother-in-law, so three", 3),
    ("just me and my, er, my partner, we split everything", 2),
    ("me and two part-time guys", 3),
    ("only me and my daughter-in-law", 2),
    ("me plus my brother and a bookkeeper", 3),
    ("well it's just myself and my husband", 2),
    ("me and my brother-in-law went to school together, anyway we're a team of twelve", 12),
    ("it's just me calling, the team is about nine", 9),
    ("me and my laptop, ha, no, there's five of us", 5),
    ("me and, uh, my brother-in-law's company is a client, anyway we're six people", 6),
    ("just me, and, uh, my old laptop", 1),
]


@pytest.mark.parametrize(("text", "team"), PEOPLE_LISTED_WITH_ME)
def test_people_listed_with_the_caller_are_the_team(text: str, team: int) -> None:
    # Given a caller listing who would use the product, themselves first
    # When the utterance is read
    signals = extract_signals([text])
    # Then the team is everyone in the list, and no one else
    assert signals.team_size == team


# Homes the caller holds name a landlord's trade ('we got about sixteen hundred units, apartments mostly');
# a relative's trade said by its own verb ('my buddy sells software') is not the caller's.
HOLDINGS_AND_RELATIVES = [
    (
        "well, we got about sixteen hundred units, apartments mostly, and the leases are a whole lotta paper",
        "real_estate",
    ),
    ("we own about forty rental houses around town", "real_estate"),
    ("I have twelve doors, all single-family, and the leases renew every June", "real_estate"),
    ("we've got three hundred apartments across five buildings", "real_estate"),
    ("we run about eighty rental units in Dayton", "real_estate"),
    ("my wife and I have a couple of duplexes and a fourplex", "real_estate"),
    (
        "my buddy sells software and told me about you. real talk, my wife and I run a bed and breakfast",
        "hospitality",
    ),
    ("my cousin builds apps, he said to call; we're a roofing company", "construction"),
    ("my brother-in-law does SEO, but we're a dental office", "healthcare"),
    ("my dad makes furniture, I run a bakery", "hospitality"),
    ("we have about forty units of the old printer model to return", None),
    ("my buddy sells software and says you guys are good", None),
    ("my sister manages apartments in Austin, she told me about you", None),
    ("we have two units, sales and support, about twelve people", None),
]


@pytest.mark.parametrize(("text", "industry"), HOLDINGS_AND_RELATIVES)
def test_homes_held_are_real_estate_and_a_relatives_trade_is_not_the_callers(
    text: str, industry: str | None
) -> None:
    # Given a caller saying what they hold, or what a relative does
    # When the utterance is read
    signals = extract_signals([text])
    # Then the industry is the caller's own, if any
    assert signals.industry == industry


# Second-pass probes written after the classes above were fixed, in other callers' words: non-native
# grammar, trade slang, informal and misheard tool names ('Zero' for Xero, 'QB online'), hearsay about a tool.
MORE_INDUSTRIES = [
    ("we are clinic for dentist, four chairs", "healthcare"),
    ("I am owner of small restaurant in Lyon", "hospitality"),
    ("my company do the transport of goods, we have fifteen truck", "logistics"),
    ("we are agency of real estate, we sell and rent apartment", "real_estate"),
    ("we is a school of languages, english and german", "education"),
    ("our business is insurance broker for farmers", "insurance"),
    ("I'm a solo CPA, tax season is nuts", "financial_services"),
    ("we're a mortgage shop, six LOs", "financial_services"),
    ("we're a body shop slash collision center", "automotive"),
    ("I'm a GC, mostly residential remodels", "construction"),
    ("we're a 3PL out of Reno", "logistics"),
    ("we're an MSP, about four hundred endpoints", "software"),
    ("we run a small winery and tasting room", "manufacturing"),
    ("we're a home care agency, caregivers go to seniors' homes", "healthcare"),
    ("we're a charter school network, three campuses", "education"),
    ("we do commercial cleaning, offices and gyms", None),
    ("I'm a realtor with Keller Williams", "real_estate"),
    ("we're a title agency", "real_estate"),
    ("we do payroll and HR outsourcing for small businesses", "financial_services"),
    ("we're a trucking outfit, twelve rigs", "logistics"),
    ("I'm the practice manager at a vet clinic", "healthcare"),
    ("we're a credit union, member agreements", "financial_services"),
    ("we install solar panels on homes", "energy"),
    ("we're a family-owned funeral home", None),
    ("we're a church, about three hundred members", "nonprofit"),
    ("we're a brewery and taproom", "manufacturing"),
    ("we're a coffee roaster and we wholesale to cafes", "manufacturing"),
    ("we're an HVAC company", "construction"),
    ("I do bookkeeping for a living, solo", "financial_services"),
    ("I'm an independent insurance agent", "insurance"),
    ("we're a yoga studio", None),
    ("we rent out party equipment, tents and chairs", None),
    ("we manage about two hundred short-term rentals for owners", "real_estate"),
    ("we're a freight forwarding company", "logistics"),
    ("we are a hotel with forty rooms", "hospitality"),
    ("we're a print and sign shop", "manufacturing"),
    ("we're a small ad shop, mostly radio spots for car dealers", "marketing_agency"),
    ("we're a nonprofit theater company", "nonprofit"),
]

MORE_TOOLS = [
    ("we use Zero for the accounting side", ["xero"]),
    ("the books are in QB online", ["quickbooks"]),
    ("everything's in G Suite, Gmail and Drive", ["gmail", "google_drive"]),
    ("we're an Office 365 shop, Outlook and Teams", ["microsoft_teams", "outlook"]),
    ("we run everything through Monday dot com", ["monday"]),
    ("we pay vendors with Pay Pal and take cards with Stripe", ["paypal", "stripe"]),
    ("we store files on Sharepoint and chat on MS Teams", ["microsoft_teams", "sharepoint"]),
    ("our CRM is Zoho, and we'd need it to push into Dropbox", ["dropbox", "zoho"]),
    ("we got rid of Pipedrive last year, HubSpot now", ["hubspot"]),
    ("we used to be on Salesforce, now we're on HubSpot", ["hubspot"]),
    ("we thought about Airtable but stuck with Notion", ["notion"]),
    ("is it compatible with Xero? that's what we're on", ["xero"]),
    ("we don't use Slack or Teams, just email", []),
    ("we were going to buy HubSpot but the budget got cut", []),
    ("I heard Salesforce is good, but we don't have anything like that", []),
    ("we tried Zapier once, it didn't stick", []),
    ("no CRM, no Slack, nothing, it's all paper", []),
    ("we'd want it to connect with Salesforce eventually", ["salesforce"]),
    ("we need it to talk to QuickBooks, that's a must", ["quickbooks"]),
]

MORE_DEADLINES = [
    ("we need this in place by the end of the quarter, which is six weeks out", True),
    ("our Adobe Sign renewal is in three weeks and I don't want to renew", True),
    ("we're hoping to decide in the next couple of weeks", True),
    ("the board meets on the 14th and I need to present a vendor", True),
    ("we have to have something before tax season starts next month", True),
    ("I need to sign up today if possible", True),
    ("we're launching in ten days and need contracts out", True),
    ("there's no rush, maybe in the spring", False),
    ("we're just kicking the tires for next year's budget", False),
    ("our contract runs through next June", False),
    ("I'm in a rush, I have a dentist appointment, can you be quick", False),
    ("this is time-sensitive for my other job, not this", False),
    ("we need it by yesterday honestly", True),
    ("the sooner the better, our current tool is shutting down at month's end", True),
    ("our PandaDoc contract is up at the end of the month", True),
]


@pytest.mark.parametrize(("text", "industry"), MORE_INDUSTRIES)
def test_more_trades_in_other_words(text: str, industry: str | None) -> None:
    # Given a caller describing their business in their own way
    # When the utterance is read
    signals = extract_signals([text])
    # Then the industry is their trade, or none where no trade of the vocabulary is named
    assert signals.industry == industry


@pytest.mark.parametrize(("text", "integrations"), MORE_TOOLS)
def test_more_tools_in_other_words(text: str, integrations: list[str]) -> None:
    # Given a caller naming tools in speech-to-text spellings or saying which they do not use
    # When the utterance is read
    signals = extract_signals([text])
    # Then the integrations are the tools in use or needed
    assert signals.integrations == sorted(integrations)


@pytest.mark.parametrize(("text", "urgent"), MORE_DEADLINES)
def test_more_deadlines_in_other_words(text: str, urgent: bool) -> None:
    # Given a caller saying when they need it, or what else is pressing
    # When the utterance is read
    signals = extract_signals([text])
    # Then urgency is time pressure about buying only
    assert signals.urgency is urgent


# Urgency dictated to the machine ('tell your system I'm urgent', 'flag me as urgent in there') is no time
# pressure; pressure told to the people ('tell your team it's urgent, our old tool shuts off Friday') is.
URGENCY_TOLD = [
    ("tell your system I'm urgent, okay?", False),
    ("let your computer know this is urgent", False),
    ("flag me as urgent in there", False),
    ("can you put urgent on my file", False),
    ("make sure the system knows it's urgent", False),
    ("tell the bot it's asap", False),
    ("tell your team it's urgent, our old tool shuts off Friday", True),
    ("please let sales know we need it this week", True),
    ("I'm telling you, it's urgent, we need contracts out by Monday", True),
    ("you should know we need this asap", True),
]


@pytest.mark.parametrize(("text", "urgent"), URGENCY_TOLD)
def test_urgency_dictated_to_the_system_is_not_urgency(text: str, urgent: bool) -> None:
    # Given a caller telling the system, or the people, that it is urgent
    # When the utterance is read
    signals = extract_signals([text])
    # Then only pressure said as a fact about buying counts
    assert signals.urgency is urgent


# Third pass: lists of people in everyday words ('me & my sister', 'me and the two girls in the office'),
# deadlines counted in days, weeks or a month away, and a trade given as the bare answer to the agent.
MORE_TEAMS = [
    ("it's me, the wife, and our son", 3),
    ("me and the two girls in the office", 3),
    ("myself plus three techs", 4),
    ("me, Sarah, and Tom", 3),
    ("me and a couple of part-timers", 3),
    ("me and three others", 4),
    ("just me and an assistant", 2),
    ("my partner and I", 2),
    ("my wife and I run it", 2),
    ("my husband and myself", 2),
    ("me n my brother", 2),
    ("me & my sister", 2),
    ("it's just the two of us, me and my mom", 2),
    ("me, my son, my daughter-in-law and two drivers", 5),
    ("me and my business partner, Dev, and an admin", 3),
    ("so it's me and, um, like, two other people", 3),
    ("it's me and, uh, Carla, she's the office manager", 2),
    ("just me and, uh, my dog, ha", None),
]

MORE_NEAR_DEADLINES = [
    ("our go-live is the first of next month", True),
    ("we need it within 30 days", True),
    ("we have to switch in about six weeks", True),
    ("the grant deadline is in 45 days and we need e-signatures for it", True),
    ("maybe in three months, no hurry", False),
    ("our current contract ends in five weeks", True),
    ("we have to be paperless by the new year, which is seven weeks away", True),
    ("our DocuSign licenses expire at the end of next month", True),
    ("we'll revisit this next quarter", False),
    ("the auditors come in two weeks and we need signed copies by then", True),
    ("we need it before our busy season, that's like a month away", True),
    ("I need it urgently, like yesterday", True),
    ("our old system gets shut off on the 30th", True),
    ("we must start using it from next week, the regulator demands", True),
    ("we are needing it very fast, our client ask for e-signature from next week", True),
    ("no deadline really, whenever it's ready", False),
    ("I'm in a hurry, my kid's school just called", False),
    ("my flight's in an hour so let's be quick", False),
]

TRADE_ANSWERS = [
    ("Bakery.", "hospitality"),
    ("trucking, mostly regional", "logistics"),
    ("a small law office", "legal"),
    ("insurance, P and C", "insurance"),
    ("property management", "real_estate"),
    ("staffing", "staffing"),
    ("we're a marina", "hospitality"),
    ("hair salon", None),
    ("pizzeria, two locations", "hospitality"),
    ("a brewery", "manufacturing"),
    ("mortgage broker", "financial_services"),
    ("food pantry", "nonprofit"),
    ("HVAC", "construction"),
    ("day spa", "hospitality"),
    ("bar and grill", "hospitality"),
    ("MGA", "insurance"),
    ("a 3PL", "logistics"),
    ("towing", "automotive"),
    ("church", "nonprofit"),
]


@pytest.mark.parametrize(("text", "team"), MORE_TEAMS)
def test_more_lists_of_people_with_the_caller(text: str, team: int | None) -> None:
    # Given a caller listing who is in the business with them
    # When the utterance is read
    signals = extract_signals([text])
    # Then the team counts the people listed, the caller included
    assert signals.team_size == team


@pytest.mark.parametrize(("text", "urgent"), MORE_NEAR_DEADLINES)
def test_more_near_deadlines(text: str, urgent: bool) -> None:
    # Given a caller saying how soon they need it, or what else is pressing
    # When the utterance is read
    signals = extract_signals([text])
    # Then urgency is a buying deadline within about sixty days
    assert signals.urgency is urgent


@pytest.mark.parametrize(("answer", "industry"), TRADE_ANSWERS)
def test_a_trade_given_as_a_bare_answer_is_the_industry(answer: str, industry: str | None) -> None:
    # Given the agent asking what kind of business it is and the caller answering in a few words
    transcript = [
        TranscriptTurn(role="assistant", text="What kind of business are you?"),
        TranscriptTurn(role="user", text=answer),
    ]
    # When the call is analysed
    facts = analyze_call(transcript, [])
    # Then the industry is the trade named
    assert facts.signals.industry == industry


# Businesses the caller deals with, not runs: used, shipped with, volunteered at, sponsored, a vendor acting
# for them, their landlord described, someone at their building, an authority's office acting.
BUSINESSES_DEALT_WITH = [
    "I'm calling about the fundraiser my daughter's school is doing",
    "we sponsor a little league team every year",
    "we donate to the food bank at Christmas",
    "our landlord is a property management company",
    "we lease our building from a self storage guy",
    "the tenant improvements in our office took forever",
    "we had a plumber in last week and the invoice was crazy",
    "our IT company set up Outlook for us",
    "our bookkeeper uses QuickBooks",
    "we ship with a 3PL in Ohio",
    "we use a staffing agency for seasonal help",
    "our marketing agency recommended you",
    "our insurance broker sends us binders every year",
    "the county court needs these filed",
    "we get our coffee from a roastery down the road",
    "we buy our trucks from a dealership in town",
    "a lot of our customers are restaurants and bars",
    "we sell to breweries and wineries",
    "we're hiring a recruiter",
    "I volunteer at a soup kitchen on weekends",
    "our accountant's firm handles payroll",
    "the property manager at our building is slow",
]


@pytest.mark.parametrize("text", BUSINESSES_DEALT_WITH)
def test_a_business_the_caller_deals_with_is_not_their_industry(text: str) -> None:
    # Given a caller mentioning a business they buy from, give to or hear from
    # When the utterance is read
    signals = extract_signals([text])
    # Then no industry is claimed for the caller
    assert signals.industry is None


# Tools in use said beside words of the not-in-use classes: 'one day a week', 'if we ever need to',
# 'dropped the files into', 'tested it with', hearing of us from a tool's rep.
TOOLS_KEPT = [
    ("we set up Zapier one day and never looked back", ["zapier"]),
    ("one day a week we reconcile QuickBooks", ["quickbooks"]),
    ("if we ever need to, it's all in Dropbox anyway", ["dropbox"]),
    ("we could use something that talks to HubSpot, that's our CRM", ["hubspot"]),
    ("we'd need it to connect with Salesforce", ["salesforce"]),
    ("we looked at everything and we use Pipedrive now", ["pipedrive"]),
    ("we tested it with our Google Drive and it worked", ["google_drive"]),
    ("we had Slack installed last month and love it", ["slack"]),
    ("we dropped the files into Dropbox", ["dropbox"]),
    ("my last assistant set up our Outlook calendar", ["outlook"]),
    ("the boss heard about you from our HubSpot rep, we live in HubSpot", ["hubspot"]),
    ("we'd love to connect it with QuickBooks", ["quickbooks"]),
]


@pytest.mark.parametrize(("text", "integrations"), TOOLS_KEPT)
def test_tools_in_use_beside_words_of_disuse_are_kept(text: str, integrations: list[str]) -> None:
    # Given a caller naming a tool they use in a sentence with a word that can mean disuse
    # When the utterance is read
    signals = extract_signals([text])
    # Then the tool is an integration
    assert signals.integrations == sorted(integrations)


# Words of the relative-deadline classes in other senses: a count of documents over a period ('forty
# contracts in two week'), someone else's pressure ('urgent for the client, not us'), a trial to extend.
DEADLINE_WORDS_IN_OTHER_SENSES = [
    ("the promo at the store ends Friday, anyway, we're just researching tools", False),
    ("our new hire starts next month, she'd be the one using it eventually, no rush", False),
    ("we send about forty contracts in two week, sometimes more", False),
    ("the school year ends Friday so I'm swamped, no hurry on this", False),
    ("we need to start thinking about this next year", False),
    ("I'll be out in two weeks on vacation", False),
    ("the season starts next month, we're just looking for now", False),
    ("the trial runs out Friday, can I get an extension?", False),
    ("it's urgent for the client, not us, we're only comparing prices", False),
    ("our HelloSign subscription ends Friday and we have to replace it", True),
    ("we have to start next month with the new system, it's mandated", True),
    ("we need it working within ten working days", True),
]


@pytest.mark.parametrize(("text", "urgent"), DEADLINE_WORDS_IN_OTHER_SENSES)
def test_deadline_words_in_other_senses_are_no_urgency(text: str, urgent: bool) -> None:
    # Given a caller using a near time for a rate, someone else or something else
    # When the utterance is read
    signals = extract_signals([text])
    # Then urgency is read only for their own buying deadline
    assert signals.urgency is urgent


# Everyday head nouns in more self-description frames ('our company is a marina', 'I'm the owner of a spa',
# 'I work at a lab', 'we're kind of a bar'); said of someone else's place they stay out.
HEADS_IN_FRAMES = [
    ("our company is a bar", "hospitality"),
    ("I manage a small bar", "hospitality"),
    ("we operate a spa in town", "hospitality"),
    ("I work at a spa", "hospitality"),
    ("I'm the owner of a marina", "hospitality"),
    ("we're basically a marina", "hospitality"),
    ("I manage a small lab", "healthcare"),
    ("we're kind of a lab", "healthcare"),
    ("I work at a museum", "nonprofit"),
    ("I'm the office manager at a museum", "nonprofit"),
    ("we're basically a mill", "manufacturing"),
    ("our company is a mill", "manufacturing"),
    ("we're kind of a boutique", "retail"),
    ("we operate a boutique in town", "retail"),
    ("I'm the office manager at an utility", "energy"),
    ("I'm the owner of an utility", "energy"),
    ("our company is a warehouse", "logistics"),
    ("I manage a small warehouse", "logistics"),
    ("we operate a publisher in town", "media"),
    ("I work at a publisher", "media"),
    ("my friend is the owner of a bar, he told me about you", None),
    ("I met the manager of a spa at a conference", None),
    ("their company is a bar", None),
    ("we have a lab downtown", None),
]


@pytest.mark.parametrize(("text", "industry"), HEADS_IN_FRAMES)
def test_an_everyday_head_noun_is_a_trade_only_in_a_self_description(text: str, industry: str | None) -> None:
    # Given a caller naming a place with an everyday noun (bar, spa, lab, mill ...)
    # When the utterance is read
    signals = extract_signals([text])
    # Then it is their trade only when they describe their own business with it
    assert signals.industry == industry


# The caller's own trade said through what they do for their clients ('we do payroll for restaurants', 'we
# staff warehouses with temps'): the clients' trades stay out. Audits and IT support name no trade of the
# vocabulary here, as in rounds 11 and 15 ('we audit clinics for billing errors', 'we do IT support').
TRADE_THROUGH_CLIENT_WORK = [
    ("we do payroll for restaurants and bars", "financial_services"),
    ("we insure trucking companies", "insurance"),
    ("we build software for dentists", "software"),
    ("we clean hotels and office buildings", None),
    ("we're a courier for law firms", "logistics"),
    ("we do SEO for plumbers and roofers", "marketing_agency"),
    ("we staff warehouses with temps", "staffing"),
    ("we're a law firm that represents breweries", "legal"),
    ("our clients are mostly MGAs and TPAs", None),
    ("we haul freight for farms and sawmills", "logistics"),
    ("we audit nonprofits and churches", None),
    ("we're an accounting firm and most of our clients are food pantries", "financial_services"),
    ("we provide IT support to schools and clinics", None),
    ("we supply scaffolding to builders", None),
    ("we audit ourselves every year", None),
    ("we staff the front desk with two people", None),
]


@pytest.mark.parametrize(("text", "industry"), TRADE_THROUGH_CLIENT_WORK)
def test_the_trade_is_what_the_caller_does_not_whom_for(text: str, industry: str | None) -> None:
    # Given a caller saying what they do and for whom
    # When the utterance is read
    signals = extract_signals([text])
    # Then the industry is the work the caller does, not the trade of their clients
    assert signals.industry == industry
