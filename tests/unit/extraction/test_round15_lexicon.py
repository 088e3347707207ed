"""Industry, integration and urgency mechanisms found by blind rounds 14 and 15's open misses, tested in
wording of our own (never the blind lines)."""

import pytest

from postcall.extraction import SignalTracker, extract_signals


@pytest.mark.parametrize(
    ("texts", "integrations"),
    [
        # asked about, then said not to be in use, in the next sentence
        (["can you hook into Pipedrive? we don't use it yet, I'm only asking"], []),
        (["is there an Airtable connector? no, we don't have it, just wondering"], []),
        # out of reach or nearly bought: not in use
        (["invoices go out through QuickBooks, we're too small for Xero anyway"], ["quickbooks"]),
        (["we can't afford Salesforce, so it's all in a spreadsheet"], []),
        (["we nearly went with HubSpot, then the budget got cut"], []),
        # left, in the past tense, with the tool moved to named first
        (["Pipedrive now, we migrated to it from Zoho in the spring"], ["pipedrive"]),
        (["we switched from Dropbox a while back, everything lives in SharePoint"], ["sharepoint"]),
        # moved off one tool to another: the second is in use
        (["we moved off Box to Google Drive over the summer"], ["google_drive"]),
        # someone else's copy the caller never uses
        (["head office pays for Slack but we never really use it"], []),
        # a correction ending in a bare denial of the first name
        (["the files sit in OneDrive, sorry, SharePoint, not OneDrive"], ["sharepoint"]),
        # left, said after the name
        (["Zoho was our CRM for years. Zoho is history, we're on HubSpot"], ["hubspot"]),
    ],
)
def test_integrations_not_in_use_are_left_out(texts: list[str], integrations: list[str]) -> None:
    # Given a caller naming tools they do not use, left, or only nearly bought
    # When the utterances are read
    # Then only the tools in use remain
    assert extract_signals(texts).integrations == integrations


@pytest.mark.parametrize(
    ("text", "integrations"),
    [
        # buyers close to those frames keep their tools
        ("do you integrate with Pipedrive? we live in it all day", ["pipedrive"]),
        ("we're big enough for Stripe now, that's what we use", ["stripe"]),
        ("we moved to HubSpot last year and love it", ["hubspot"]),
        ("we use Slack and the whole team is on it", ["slack"]),
    ],
)
def test_integrations_in_use_near_those_frames_are_kept(text: str, integrations: list[str]) -> None:
    # Given a caller who does use the tool, in words close to the frames above
    # When the utterance is read
    # Then the tool is kept
    assert extract_signals([text]).integrations == integrations


@pytest.mark.parametrize(
    ("text", "industry"),
    [
        # trades before "contractor", builders of pools and decks, a building firm
        ("we're a painting contractor, eight guys on the crews", "construction"),
        ("we're custom deck builders out on the coast", "construction"),
        ("we're a small building company, mostly garage conversions", "construction"),
        # a role at the employer, with or without the article
        ("I am bookkeeper for dental clinic in the old town", "healthcare"),
        ("I'm the practice manager at a pediatric office", "healthcare"),
        # a mortgage brokerage is financial services, not real estate
        ("it's a mortgage brokerage, six loan officers", "financial_services"),
        # counted tenants, letting flats, a lettings firm
        ("we look after roughly nine hundred tenants across the city", "real_estate"),
        ("we let flats to students, a few hundred of them", "real_estate"),
        ("I'm calling from Northgate Lettings about tenancy agreements", "real_estate"),
        # a news outlet is media
        ("we're a regional news website, about twenty reporters", "media"),
        # fintech is software, like legal tech and insurtech
        ("we're a small fintech startup, payments infrastructure", "software"),
        # car-sale paperwork and auto glass are automotive
        ("vehicle purchase agreements, maybe eighty a month", "automotive"),
        ("we're an auto glass outfit, chips and windshields", "automotive"),
    ],
)
def test_industry_vocabulary_of_rounds_14_and_15(text: str, industry: str) -> None:
    # Given a caller describing their own business in trade vocabulary
    # When the utterance is read
    # Then the industry is the trade that vocabulary belongs to
    assert extract_signals([text]).industry == industry


@pytest.mark.parametrize(
    "text",
    [
        # "old school" is a manner, not a school
        "honestly we're pretty old school about paperwork",
        "I'm old-school, I print everything",
        # a counterparty named in a deal is not the caller's trade
        "we're waiting on a contract with the county before we grow",
        "if our bid with the hospital wins we'd need more seats",
        # a wholesaler of a trade's goods is not in that trade
        "we're a roofing supply wholesaler, nothing fancy",
        "a coffee roastery? no, we're a wholesale bakery, grocery chains buy from us",
    ],
)
def test_industry_words_that_are_not_the_callers_trade(text: str) -> None:
    # Given a trade word used for a manner, a counterparty, or goods sold wholesale
    # When the utterance is read
    # Then no industry is taken from it
    assert extract_signals([text]).industry is None


@pytest.mark.parametrize(
    ("text", "urgency"),
    [
        # pressure the caller says is about something else
        ("we've got an inspection in two weeks, but that has nothing to do with this", False),
        ("it's been urgent here all month, but not because of you guys", False),
        # a time for a demo or a meeting, and someone's start date
        ("could we set up a walkthrough next Thursday? the partners want to see it", False),
        ("our new coordinator starts on Monday, so we need one more seat", False),
        # a cue whose reason, in the next sentence, is not buying
        ("please have someone ring me right away. my password reset link is broken", False),
        # buyers close to those frames keep their urgency
        ("we need to switch before the end of the month, our contract lapses", True),
        ("could we do a demo tomorrow? we have to pick a vendor this week", True),
        ("please call me back asap. we want to buy before our renewal", True),
    ],
)
def test_time_pressure_about_something_else_is_no_urgency(text: str, urgency: bool) -> None:
    # Given time pressure about an audit, a meeting time, a start date or a support problem (or buying)
    # When the utterance is read
    # Then only buying or switching pressure is urgency
    assert extract_signals([text]).urgency is urgency


@pytest.mark.parametrize(
    ("text", "urgency"),
    [
        # a buying or switching step pinned to a day of a month
        ("our SignNow seats lapse on February the fifth, so we must decide soon-ish", True),
        ("the county's new e-filing rule takes effect March 1st and we need a tool by then", True),
        ("I have to cancel my current plan by mid-January or it rolls over", True),
        # a month alone, next year's month, a fiscal year, a no, or a hypothesis: not a near deadline
        ("we've got no budget until February, so this is research", False),
        ("we'd need it in place before next March 1st at the earliest", False),
        ("we need it running before the fiscal year starts on October 1st", False),
        ("we don't need anything before April 10th, honestly", False),
        ("if the grant comes through we'd need it live by June 3rd", False),
    ],
)
def test_a_deadline_said_to_the_day_is_near(text: str, urgency: bool) -> None:
    # Given a buying deadline said as a calendar day, with no date of the call
    # When the utterance is read
    # Then it is urgent unless it is a month alone, next year's, a fiscal year, denied or hypothetical
    assert extract_signals([text]).urgency is urgency


@pytest.mark.parametrize(
    ("text", "integrations"),
    [
        # replaced, dumped or swapped out: the old tool goes, the new one stays
        ("last spring we replaced Pipedrive with Zoho", ["zoho"]),
        ("we dumped Box for SharePoint when we went Microsoft", ["sharepoint"]),
        # meant to buy, couldn't justify, too dear, quoted and passed, undecided, tried and dropped
        ("we were gonna go with Salesforce, then the budget froze", []),
        ("we couldn't justify HubSpot at our size", []),
        ("Pipedrive was too pricey once we added seats", []),
        ("we got a quote from Zoho but passed on it", []),
        ("honestly we're on the fence about Notion pages for this", []),
        ("we tried Airtable for a month, it didn't stick", []),
    ],
)
def test_tools_replaced_or_never_bought_are_left_out(text: str, integrations: list[str]) -> None:
    # Given a tool replaced, meant to be bought, too dear, quoted and passed over, undecided or dropped
    # When the utterance is read
    # Then only the tool in use remains
    assert extract_signals([text]).integrations == integrations


@pytest.mark.parametrize(
    ("text", "industry"),
    [
        # third-party warehouses and fulfilment houses are logistics
        ("we're a third party fulfillment outfit for online brands", "logistics"),
        ("we run two fulfilment centres in the Midlands", "logistics"),
        # plural car washes are still automotive
        ("we own four car washes around town", "automotive"),
    ],
)
def test_logistics_and_automotive_wordings(text: str, industry: str) -> None:
    # Given a caller describing a warehouse-for-hire or a chain of washes
    # When the utterance is read
    # Then the industry is read
    assert extract_signals([text]).industry == industry


@pytest.mark.parametrize(
    ("text", "industry"),
    [
        ("we run an outpatient rehab facility", "healthcare"),
        ("our team is a small MSP, we look after office networks", "software"),
        ("we're a two-person cybersecurity shop", "software"),
        ("we're a collection agency for medical debt", "financial_services"),
        ("it's a homebuilder, about thirty houses a year", "construction"),
        ("we do pool installation and repairs", "construction"),
        ("we install and resurface pools", "construction"),
        ("I manage a motorcycle repair place, well, a motorcycle shop", "automotive"),
        ("we're a quick lube center off the highway", "automotive"),
        ("we're a commercial printer, brochures and packaging", "manufacturing"),
        ("I'm with the city permits office", "government"),
    ],
)
def test_more_trade_vocabulary(text: str, industry: str) -> None:
    # Given a caller's trade in words the earlier lists lacked
    # When the utterance is read
    # Then the industry is read
    assert extract_signals([text]).industry == industry


@pytest.mark.parametrize(
    ("text", "integrations"),
    [
        # lowercase names in a medium or in a list of the caller's tools
        ("the whole crew basically lives in slack", ["slack"]),
        ("bookings sit in outlook and word docs", ["outlook"]),
        ("we use monday for the install schedule", ["monday"]),
        ("we're all google, gmail and drive for everything", ["gmail", "google_drive"]),
    ],
)
def test_lowercase_tool_names_in_use(text: str, integrations: list[str]) -> None:
    # Given tool names as speech-to-text writes them, lowercase
    # When the utterance is read
    # Then the tools are read
    assert extract_signals([text]).integrations == integrations


@pytest.mark.parametrize(
    "text",
    [
        # the same words as plain English
        "honestly, you've got to cut us some slack on the budget",
        "the outlook for next year is pretty good",
        "can we use monday morning for a call?",
        "I drive to the office, gmail on my phone",
    ],
)
def test_lowercase_tool_words_as_plain_english(text: str) -> None:
    # Given the tool words used as plain English
    # When the utterance is read
    # Then no tool is read from them (Gmail, when named, still counts)
    assert extract_signals([text]).integrations in ([], ["gmail"])


@pytest.mark.parametrize(
    ("text", "urgency"),
    [
        # a purchase or a switch set next month
        ("we'll buy next month either way", True),
        ("we decide next month, then it goes to legal", True),
        # something else is pressing, and the purchase can wait
        ("payroll's due this week, the signing stuff can wait", False),
        # buyers close to that frame
        ("everything else can wait, we need signing sorted this week", True),
    ],
)
def test_near_switches_and_purchases_that_can_wait(text: str, urgency: bool) -> None:
    # Given a near switch, or a near date whose purchase the caller says can wait
    # When the utterance is read
    # Then urgency follows the purchase
    assert extract_signals([text]).urgency is urgency


def test_a_bare_monday_answering_a_tools_question_is_the_board_tool() -> None:
    # Given the agent asked what the caller uses, and the answer is a bare lowercase "monday"
    tracker = SignalTracker()
    tracker.observe("monday, the whole team's on it", asked="What do you use for project tracking?")
    # Then it is the board tool; a day answering the same question is not
    other = SignalTracker()
    other.observe("monday mornings we sit down and plan", asked="What do you use for project tracking?")
    assert (tracker.signals.integrations, other.signals.integrations) == (["monday"], [])


@pytest.mark.parametrize(
    ("text", "industry"),
    [
        # a trade word inside a business name whose head is a lab, a studio or a care business
        ("I'm with Brightside Dental Lab, we make crowns", "healthcare"),
        # accounting as the caller's own activity
        ("we do small business accounting, mostly sole traders", "financial_services"),
    ],
)
def test_business_names_and_activities(text: str, industry: str) -> None:
    # Given a company name or an activity naming the trade
    # When the utterance is read
    # Then the industry is read
    assert extract_signals([text]).industry == industry


@pytest.mark.parametrize(
    ("text", "industry"),
    [
        # British and trade words the lists lacked
        ("it's a haulage company, twenty lorries on the road", "logistics"),
        ("we're a small joinery business, doors and windows", "construction"),
        ("we're a GP practice in the valleys", "healthcare"),
        ("we do MOTs and repairs at our garage", "automotive"),
        ("I'm an assistant at a notary office downtown", "legal"),
        ("we're a property development company, mostly townhouses", "real_estate"),
        ("we're a travel agency specialising in cruises", "hospitality"),
        ("we mostly broker mortgages for landlords", "financial_services"),
        # an in-house job done for the employer is the employer's trade
        ("I handle the front desk for a chiropractic office", "healthcare"),
    ],
)
def test_regional_and_in_house_wordings(text: str, industry: str) -> None:
    # Given a caller's trade in regional words, or an in-house job done for the employer
    # When the utterance is read
    # Then the industry is read
    assert extract_signals([text]).industry == industry


@pytest.mark.parametrize(
    ("text", "integrations"),
    [
        ("we email the quotes from outlook", ["outlook"]),
        ("we're comparing Zoho and Pipedrive, still on paper for now", []),
        ("Dropbox or Box? we use neither, it's a shared drive", []),
    ],
)
def test_tools_in_lists_of_weighed_or_denied_names(text: str, integrations: list[str]) -> None:
    # Given tools sent from, weighed together, or both denied
    # When the utterance is read
    # Then only the tools in use are read
    assert extract_signals([text]).integrations == integrations


@pytest.mark.parametrize(
    ("text", "urgency"),
    [
        # an end date of something the caller pays for is a switching deadline
        ("our HelloSign seats are up on April 2nd and we're not renewing", True),
        ("the old system shuts off on the 30th of June, we need a tool before then", True),
        # an end date of something else is not
        ("our tourist season ends September 20th, that's when the paperwork calms down", False),
    ],
)
def test_an_end_date_is_a_deadline_only_for_what_the_caller_pays_for(text: str, urgency: bool) -> None:
    # Given an end date said to the day
    # When the utterance is read
    # Then it is urgent only when it ends a plan, a licence or a system
    assert extract_signals([text]).urgency is urgency


@pytest.mark.parametrize(
    ("texts", "industry"),
    [
        # customers named once stay the customers later in the call
        (["we do linen service, restaurants order from us weekly", "two new restaurants this month"], None),
        (["we do IT support, law firms are our main clients", "the law firms send forty a month"], None),
        (["we sell software to hospitals", "the hospitals sign about forty a month"], "software"),
        # unless the caller then says it of themselves
        (["we work with dental offices a lot", "actually we're a dental office ourselves"], "healthcare"),
    ],
)
def test_customers_named_earlier_in_the_call_are_not_the_callers_trade(
    texts: list[str], industry: str | None
) -> None:
    # Given a call that named the caller's customers' trade, then mentions it again
    # When the utterances are read in order
    # Then the customers' trade is not the caller's unless said as a self-description
    assert extract_signals(texts).industry == industry


@pytest.mark.parametrize(
    ("text", "urgency"),
    [
        # the day dates a demo or someone's start, not the purchase
        ("we'd need a demo on February 3rd, when the partners are back", False),
        ("we need one more seat, she starts March 9th", False),
        # a purchase dated the same way stays urgent
        ("we need to sign with someone by February 3rd", True),
    ],
)
def test_a_day_that_dates_a_demo_or_a_start_is_no_deadline(text: str, urgency: bool) -> None:
    # Given a calendar day that dates a demo or a new hire's start (or a purchase)
    # When the utterance is read
    # Then only the purchase's day is urgency
    assert extract_signals([text]).urgency is urgency


@pytest.mark.parametrize(
    "text",
    [
        # the caller's own bank or insurer acting on them
        "our bank requires wet signatures on the loan papers",
        "my insurance carrier wants the waivers signed",
        # a place near the caller, or where they heard of us
        "the dental office next door told us about you",
        "I heard about you at a real estate conference",
        # the caller's own landlord, a previous employer
        "our landlord sent the renewal through some app",
        "my last company was a bank, now I freelance",
    ],
)
def test_someone_elses_trade_near_the_caller_is_not_theirs(text: str) -> None:
    # Given trade words about the caller's bank, insurer, neighbour, landlord, a conference or a past job
    # When the utterance is read
    # Then no industry is read
    assert extract_signals([text]).industry is None


@pytest.mark.parametrize(
    ("text", "industry"),
    [
        ("we run payroll for about thirty small businesses", "financial_services"),
        ("we cater, mostly corporate lunches", "hospitality"),
        ("we're a small tech firm, twelve engineers", "software"),
    ],
)
def test_service_verbs_and_tech_firms(text: str, industry: str) -> None:
    # Given a caller's service said as a verb, or a tech firm
    # When the utterance is read
    # Then the industry is read
    assert extract_signals([text]).industry == industry


def test_stripe_as_a_verb_is_no_tool() -> None:
    # Given "stripe" as the caller's work and Stripe as a tool in the same call
    # When the utterances are read
    # Then only the tool counts
    assert extract_signals(["we stripe parking lots for a living"]).integrations == []
    assert extract_signals(["invoices get paid through stripe"]).integrations == ["stripe"]


@pytest.mark.parametrize(
    ("asked", "text", "urgency"),
    [
        # a day said as the answer to "when?"
        ("Do you have a timeline in mind?", "by February 10th if we can", True),
        ("How soon are you looking to switch?", "ideally by mid-March", True),
        # not when the question asks when to meet, nor when the day is played down or denied
        ("What day works for a call?", "on February 10th, after lunch", False),
        ("Do you have a timeline in mind?", "no rush, sometime before April 30th", False),
        ("Do you have a timeline in mind?", "not before March 1st, budget opens then", False),
    ],
)
def test_a_day_answering_when_is_a_deadline(asked: str, text: str, urgency: bool) -> None:
    # Given the agent asked when, and the caller answers with a calendar day
    tracker = SignalTracker()
    # When the answer is observed after that question
    tracker.observe(text, asked=asked)
    # Then the day is a buying deadline unless the question was about a meeting or the day is played down
    assert tracker.signals.urgency is urgency


@pytest.mark.parametrize(
    ("text", "industry"),
    [
        ("we put in EV charging for apartment complexes", "energy"),
        ("we're a small animal rescue, cats mostly", "nonprofit"),
        ("we're a 501(c)(3), a literacy program", "nonprofit"),
        ("I'm the admin for our volunteer fire department", "government"),
        ("we run a coding bootcamp, twelve-week cohorts", "education"),
        ("we own a campground up north", "hospitality"),
        ("we're a small-batch distillery", "manufacturing"),
        ("we're a customs brokerage at the port", "logistics"),
        ("we're a nanny placement agency", "staffing"),
        ("we're a personal injury practice, three partners", "legal"),
        ("we're an independent claims adjusting outfit", "insurance"),
    ],
)
def test_trades_of_the_less_common_industries(text: str, industry: str) -> None:
    # Given a trade of energy, nonprofit, government, education, hospitality, manufacturing, logistics,
    # staffing, legal or insurance in words the lists lacked
    # When the utterance is read
    # Then the industry is read
    assert extract_signals([text]).industry == industry


@pytest.mark.parametrize(
    ("text", "urgency"),
    [
        ("the grant report is due by March 2nd, but that's a totally separate thing", False),
        ("we've got an inspection next week, completely separate from this", False),
        # a buyer close to that frame
        ("separate from the inspection, we need a signing tool by next week", True),
    ],
)
def test_a_deadline_said_to_be_separate_is_no_urgency(text: str, urgency: bool) -> None:
    # Given a deadline the caller says is a separate matter (or a buying deadline beside one)
    # When the utterance is read
    # Then only the buying deadline is urgency
    assert extract_signals([text]).urgency is urgency
