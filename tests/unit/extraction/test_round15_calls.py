"""Call reading of rounds 14 and 15 (disqualifiers, intent, contact) in our own words, not the blind lines."""

import pytest

from postcall.session import ToolCall
from tests.unit.extraction.turns import call as _call
from tests.unit.extraction.turns import tier as _tier

A = "Thanks for calling Docketly! How can I help?"


@pytest.mark.parametrize(
    "question",
    [
        "Are you looking to get started this month?",
        "Were you hoping to get going before the new season?",
        "Are you looking to get a team plan?",
    ],
)
def test_a_question_about_starting_is_no_question_about_a_wrong_number(question: str) -> None:
    # Given a small caller who is asked whether they want to start soon, and says not yet
    facts = _call(
        A,
        "hi, I do home inspections on my own, about six reports a month need a client signature",
        question,
        "no, not yet, I'm only looking around for now",
    )
    # When the call is read
    # Then nothing disqualifies them: the agent did not ask whether they meant another business
    assert (facts.disqualifier, _tier(facts)) == (None, "cold")
    assert facts.signals.monthly_volume == 6


@pytest.mark.parametrize(
    "question",
    [
        "Were you trying to get hold of a different office?",
        "Are you trying to reach someone else?",
    ],
)
def test_the_agent_asking_whether_the_caller_meant_someone_else_is_a_wrong_number(question: str) -> None:
    # Given a caller asking for something we do not do, and the agent asking whether they meant another place
    facts = _call(A, "hi, I'm calling to move my dentist appointment to Friday", question, "oh, yes, sorry")
    # When the call is read
    # Then it is a wrong number
    assert (facts.disqualifier, _tier(facts)) == ("wrong_number", "cold")


@pytest.mark.parametrize(
    "words",
    [
        "I'm on the growth team at Quillmark, we build e-signature tools as well",
        "full disclosure, we also sell document signing software, I'm just checking how you price things",
        "I run content at Penstroke, we're drafting a comparison page of signing vendors",
    ],
)
def test_a_caller_whose_company_makes_signing_software_is_a_competitor(words: str) -> None:
    # Given a caller whose own company sells what we sell, asking our prices
    facts = _call(A, words, "Sure, what would you like to know?", "what's the price per seat?")
    # When the call is read
    # Then it is competitor research: cold, and the price question is no buying intent
    assert (facts.disqualifier, facts.intent, _tier(facts)) == ("competitor", False, "cold")


@pytest.mark.parametrize(
    "words",
    [
        "we make scheduling software for dentists, and we need signing inside our app, twenty of us",
        "we build booking tools for salons and we'd like e-signature in them too, we're twelve people",
        "we're comparing a few signing vendors for our twelve-person office, what's the price per seat?",
    ],
)
def test_a_software_maker_who_needs_signing_is_a_buyer(words: str) -> None:
    # Given a software company that wants signing for its own product or office
    facts = _call(A, words, "Happy to help. Would you like pricing?", "yes please, send pricing")
    # When the call is read
    # Then nothing disqualifies it and the request is intent
    assert (facts.disqualifier, facts.intent) == (None, True)


ASK_NUMBER = "Sure. What's a good number for you?"


@pytest.mark.parametrize(
    ("words", "phone"),
    [
        # a group taken back and said again
        ("three one two, five five five, zero four four eight, no, zero four eight four", "312-555-0484"),
        ("seven one eight, five five five, two two one nine, sorry, I mean two two nine one", "718-555-2291"),
        # a group cut off by a pause and restarted in full
        ("okay, nine one seven, five five five, zero three, uh, zero three six two", "917-555-0362"),
        # the end said again after the whole number
        ("five oh three, five five five, zero one eight eight. zero one eight eight", "503-555-0188"),
        # dictation that needs no repair keeps its digits
        ("sure, six one seven, five five five, double four one two", "617-555-4412"),
        ("my cell is 415-555-0199", "415-555-0199"),
    ],
)
def test_a_dictated_number_keeps_the_digits_the_caller_settles_on(words: str, phone: str) -> None:
    # Given a caller dictating their number with a take-back, a restart or a repeat
    facts = _call(A, "hi, I'd like someone from sales to call me", ASK_NUMBER, words)
    # When the call is read
    # Then the phone is the ten digits they settled on
    assert facts.contact.phone == phone


def test_a_number_split_over_two_turns_is_joined() -> None:
    # Given a caller who stops after the first six digits and gives the rest when the agent waits
    facts = _call(
        A,
        "hi, I'd like someone from sales to call me",
        ASK_NUMBER,
        "it's nine seven two, five five five...",
        "Take your time.",
        "zero two six one. sorry, the kids are loud",
    )
    # When the call is read
    # Then the two halves make one number
    assert facts.contact.phone == "972-555-0261"


def test_figures_after_a_partial_number_are_no_phone() -> None:
    # Given a caller who starts a number, gives up, and then gives a figure in the next turn
    facts = _call(
        A,
        "hi, I'd like someone from sales to call me",
        ASK_NUMBER,
        "it's nine seven two, five five five",
        "And how many people would use it?",
        "twelve people, give or take",
    )
    # When the call is read
    # Then no phone is made of the figure, and the figure is the team
    assert (facts.contact.phone, facts.signals.team_size) == (None, 12)


@pytest.mark.parametrize(
    ("words", "first", "last"),
    [
        ("hello, I'm Pieter van der Berg, I run a small bakery", "Pieter", "van der Berg"),
        ("hi there, Lucia de la Cruz, from Sunline Travel.", "Lucia", "de la Cruz"),
        ("good morning, this is Marco Di Stefano, calling about pricing", "Marco", "Di Stefano"),
        ("hey, my name is Joao da Silva and we have a question", "Joao", "da Silva"),
        # no particle: a plain surname, and a word after a first name that is no particle
        ("hi, this is Dan Le, from Pho Corner", "Dan", "Le"),
        ("hi, I'm Dana from Harbor Realty", "Dana", None),
    ],
)
def test_a_surname_keeps_its_particle(words: str, first: str, last: str | None) -> None:
    # Given a caller whose surname opens with a particle ("van der", "de la", "da")
    facts = _call(A, words)
    # When the call is read
    # Then the surname keeps it
    assert (facts.contact.first_name, facts.contact.last_name) == (first, last)


@pytest.mark.parametrize(
    ("words", "company"),
    [
        ("hi, I'm calling from the firm Ortega y Salas, we do family law", "Ortega y Salas"),
        ("bonjour, I'm with the office Roux et Fils, we restore furniture", "Roux et Fils"),
        ("hello, we are the practice Moretti e Bianchi, two dentists", "Moretti e Bianchi"),
        ("I'm the office manager at Beacon Dental, we'd like pricing", "Beacon Dental"),
    ],
)
def test_a_company_name_joined_by_and_in_another_language_is_whole(words: str, company: str) -> None:
    # Given a business whose name joins two names with "y", "et" or "e", after "the firm/office/practice"
    facts = _call(A, words)
    # When the call is read
    # Then the company is the whole name
    assert facts.contact.company == company


def test_a_surname_spelled_right_after_the_name_makes_the_pair() -> None:
    # Given a caller who says their name and spells the surname after it, asking to be remembered
    facts = _call(
        A,
        "hi, can you take my details? Aiden Roe, R-O-E, and my number is five five five, two one two, "
        "three four five six",
    )
    # When the call is read
    # Then the first word is the given name and the spelled one the surname
    assert (facts.contact.first_name, facts.contact.last_name) == ("Aiden", "Roe")


@pytest.mark.parametrize(
    "words",
    [
        "we write up a quick estimate for every job, could you send me one?",
        "our planners put together a detailed proposal for each couple, can you do one for me?",
        "we draw up a written quote for every customer. can I get one?",
    ],
)
def test_asking_for_one_of_the_documents_the_caller_makes_is_no_request(words: str) -> None:
    # Given a caller describing the quotes or proposals they make, then asking for "one"
    facts = _call(A, words)
    # When the call is read
    # Then "one" is the caller's own kind of document, not a quote from us
    assert facts.intent is False


@pytest.mark.parametrize(
    "words",
    [
        "we do want a formal quote for fifteen seats",
        "could we get a written quote, please?",
        "a signed quote would help with our budget, could you send me one?",
    ],
)
def test_a_quote_asked_of_us_is_a_request(words: str) -> None:
    # Given a caller asking us for a quote, with "we" before it
    facts = _call(A, words)
    # When the call is read
    # Then it is buying intent
    assert facts.intent is True


def test_digits_said_one_by_one_with_pauses_make_a_number() -> None:
    # Given a caller who reads the last digits one at a time, with a pause after each
    words = "seven seven three, five five five, zero, four, two, six"
    facts = _call(A, "hi, please have sales call me", ASK_NUMBER, words)
    # When the call is read
    # Then the pauses do not cut the number
    assert facts.contact.phone == "773-555-0426"


def test_a_number_given_after_the_agent_asks_for_name_and_number_is_the_callers() -> None:
    # Given the agent asking for the caller's name and number together
    facts = _call(
        A,
        "hi, I'd like pricing for our office",
        "Of course. Could I get your name and number?",
        "sure, Rhea Stone, and it's six one nine, five five five, zero one seven seven",
    )
    # When the call is read
    # Then the digits that follow are the caller's phone
    assert (facts.contact.first_name, facts.contact.phone) == ("Rhea", "619-555-0177")


@pytest.mark.parametrize(
    ("words", "company"),
    [
        ("hi, I own the bakery Sweet Crumb, in Tulsa", "Sweet Crumb"),
        ("hello, we run the school Little Oaks, a preschool", "Little Oaks"),
    ],
)
def test_the_business_noun_before_a_name_says_it_is_the_company(words: str, company: str) -> None:
    # Given a caller naming their business after "the <kind of business>"
    facts = _call(A, words)
    # When the call is read
    # Then the name is the company
    assert facts.contact.company == company


@pytest.mark.parametrize(
    "words",
    [
        "hi, we're an electronic signature provider too, curious how you package things",
        "hey, we're a tiny signing startup ourselves and I'm looking at how you price",
    ],
)
def test_a_caller_whose_company_is_a_signing_vendor_is_a_competitor(words: str) -> None:
    # Given a caller saying their own company is a signing vendor
    facts = _call(A, words, "Sure, what would you like to know?", "what's the price per envelope?")
    # When the call is read
    # Then it is a competitor and the price question is no intent
    assert (facts.disqualifier, facts.intent) == ("competitor", False)


def test_a_notary_signing_company_is_a_buyer() -> None:
    # Given a notary business whose trade is signings, asking for pricing
    facts = _call(A, "hi, we're a mobile signing company, twelve notaries, we'd like pricing for the team")
    # When the call is read
    # Then nothing disqualifies it and the request is intent
    assert (facts.disqualifier, facts.intent) == (None, True)


@pytest.mark.parametrize(
    "words",
    [
        "could I speak with a salesperson, please?",
        "I'd like to talk to your sales team about twenty seats",
        "can I chat with a sales rep?",
    ],
)
def test_asking_for_our_sales_people_is_intent(words: str) -> None:
    # Given a caller asking for a salesperson or the sales team
    facts = _call(A, words)
    # When the call is read
    # Then it is a request for sales
    assert facts.intent is True


def test_a_business_named_after_an_apostrophe_s_called_is_the_company() -> None:
    # Given a caller whose "my studio's called X" names the business
    facts = _call(A, "hey, I'm Jules, my studio's called Copper Fern, we do pottery classes")
    # When the call is read
    # Then the name after it is the company
    assert facts.contact.company == "Copper Fern"


@pytest.mark.parametrize(
    "words",
    [
        "hi, I'm with Shieldline Insurance, is the owner available? it's about your liability coverage",
        "good morning, could I speak to the business owner? I have a proposal on your card processing fees",
    ],
)
def test_a_caller_asking_for_our_owner_is_a_seller(words: str) -> None:
    # Given a caller asking for our owner to sell them something
    facts = _call(A, words)
    # When the call is read
    # Then it is a vendor pitch
    assert (facts.disqualifier, _tier(facts)) == ("vendor_pitch", "cold")


def test_the_agent_saying_we_are_not_the_business_the_caller_named_is_a_wrong_number() -> None:
    # Given a caller asking for another company's department, and the agent setting us against it
    facts = _call(
        A,
        "hi, I need the returns desk at Brightmart",
        "This is Docketly, not Brightmart.",
        "oh, oops, okay",
    )
    # When the call is read
    # Then it is a wrong number
    assert (facts.disqualifier, _tier(facts)) == ("wrong_number", "cold")


def test_the_agent_naming_a_rival_to_a_buyer_is_no_wrong_number() -> None:
    # Given a buyer leaving a rival, and the agent saying we are not that rival
    facts = _call(
        A,
        "hi, we're leaving Signara and need pricing for forty seats",
        "Happy to help. This is Docketly, not Signara, and we can import your templates.",
        "great, send the pricing please",
    )
    # When the call is read
    # Then the buyer is no wrong number
    assert (facts.disqualifier, facts.intent) == (None, True)


@pytest.mark.parametrize(
    "words",
    [
        "hi, we bill our patients monthly, and we'd like their forms signed online, what's the cost for us?",
        "my manager asked me to get a price sheet for the business plan",
        "could you send over your rate card? we're a studio with nine people",
    ],
)
def test_a_price_asked_of_us_is_a_request(words: str) -> None:
    # Given a caller asking what we charge, in a sentence that also speaks of their own clients
    facts = _call(A, words)
    # When the call is read
    # Then it is a request for pricing
    assert facts.intent is True


def test_the_callers_own_prices_are_no_request() -> None:
    # Given a caller speaking of their own clients' prices
    facts = _call(A, "can you believe what our clients' best price is these days?")
    # When the call is read
    # Then there is no intent
    assert facts.intent is False


@pytest.mark.parametrize(
    ("words", "disqualifier"),
    [
        ("hi, I'm between jobs, do you have any junior support positions?", "job_seeker"),
        ("hello, we're a staffing firm and we'd love to place developers with you", "vendor_pitch"),
        ("hey, I run a talent agency, do you guys need any more salespeople?", "vendor_pitch"),
        ("um, hi, I think I meant to call the pharmacy on Main Street", "wrong_number"),
        ("sorry, I was trying to ring my dentist, wrong number", "wrong_number"),
    ],
)
def test_callers_who_want_work_sell_people_or_meant_another_business(words: str, disqualifier: str) -> None:
    # Given a caller looking for a job, selling staff to us, or meaning to reach another kind of business
    facts = _call(A, words)
    # When the call is read
    # Then the call is disqualified accordingly
    assert (facts.disqualifier, _tier(facts)) == (disqualifier, "cold")


@pytest.mark.parametrize(
    "words",
    [
        "hi, we're a staffing agency, thirty recruiters, we send placement contracts, pricing please",
        "hi, we run a clinic and we're trying to reach more patients, can we get a quote for twelve seats?",
    ],
)
def test_staffing_firms_and_clinics_that_buy_are_not_disqualified(words: str) -> None:
    # Given a staffing firm or a clinic asking to buy
    facts = _call(A, words)
    # When the call is read
    # Then nothing disqualifies them
    assert (facts.disqualifier, facts.intent) == (None, True)


@pytest.mark.parametrize(
    ("words", "email"),
    [
        ("sure, it's t, as in Tom, r, a, n at bluefin dot io", "tran@bluefin.io"),
        ("m, o, r, i at harbor labs dot com", "mori@harborlabs.com"),
        ("k as in kilo, e, l, l, y at sunrise dot org", "kelly@sunrise.org"),
    ],
)
def test_an_email_spelled_letter_by_letter_between_commas_keeps_every_letter(words: str, email: str) -> None:
    # Given a caller spelling the part before "at" one letter at a time
    facts = _call(A, "hi, please send me pricing", "Sure, what's your email?", words)
    # When the call is read
    # Then the email has every letter
    assert facts.contact.email == email


def test_a_firm_named_surname_comma_surname_and_partners_is_whole() -> None:
    # Given a firm whose name lists partners with a comma
    facts = _call(A, "hi, this is Nora from Becker, Lutz and Associates, a tax practice")
    # When the call is read
    # Then the company is the whole name
    assert facts.contact.company == "Becker, Lutz and Associates"


def test_a_given_name_said_after_the_family_name_is_the_first_name() -> None:
    # Given a caller who puts the family name first and says which one is the given name
    facts = _call(A, "hello, my name is Tran Van Minh, Minh is my first name")
    # When the call is read
    # Then the first name is the one they call their first, the surname the one they said first
    assert (facts.contact.first_name, facts.contact.last_name) == ("Minh", "Tran")


def test_a_number_with_a_leading_zero_keeps_it() -> None:
    # Given a caller dictating a number that opens with "oh"
    words = "oh one six one, four nine six, zero nine four four"
    facts = _call(A, "hi, call me back please", ASK_NUMBER, words)
    # When the call is read
    # Then the leading zero stays
    assert facts.contact.phone == "01614960944"


@pytest.mark.parametrize(
    "words",
    [
        "we're fed up with our current tool, could somebody walk us through your platform?",
        "we run a climbing gym and need our waivers signed online, how much?",
        "I ordered the wrong number of seats last year, we need to buy four more",
    ],
)
def test_buyers_in_looser_words_are_intent_and_not_disqualified(words: str) -> None:
    # Given a buyer asking for a walkthrough, asking a bare "how much?", or buying more seats
    facts = _call(A, words)
    # When the call is read
    # Then it is intent and nothing disqualifies it
    assert (facts.intent, facts.disqualifier) == (True, None)


def test_how_much_about_the_callers_own_figures_is_no_price_question() -> None:
    # Given a caller asked about their volume who wonders aloud how much they send
    facts = _call(A, "we send leases to tenants", "How many a month?", "hmm, how much do we send... thirty?")
    # When the call is read
    # Then there is no request
    assert facts.intent is False


@pytest.mark.parametrize(
    ("turns", "company"),
    [
        # a city the caller calls from
        (("hi, I'm calling from Denver, we're a small accounting office",), None),
        # the vendor being left, then the caller's company when asked
        (
            ("we're moving over from Signable, too pricey", "Which company is this?", "Pinecrest Realty"),
            "Pinecrest Realty",
        ),
        # someone else who recommended us
        (("hi, Dana from Ledgerly recommended you, I'm Omar with Omar's Auto Glass",), "Omar's Auto Glass"),
        # a unit of the organisation, then its name
        (("hi, I work in the billing office of Lakeside Orthopedics",), "Lakeside Orthopedics"),
    ],
)
def test_places_and_left_vendors_are_no_company(turns: tuple[str, ...], company: str | None) -> None:
    # Given a caller naming a city, a vendor they leave, or who sent them, beside their own organisation
    facts = _call(A, *turns)
    # When the call is read
    # Then the company is the caller's own, or none
    assert facts.contact.company == company


def test_a_name_after_a_role_for_someone_else_is_the_callers() -> None:
    # Given a bookkeeper calling for a client who gives their own name after their role
    facts = _call(A, "hi, I'm calling about the Mendez account, I'm their bookkeeper, Ruth Adler")
    # When the call is read
    # Then the name is the caller's
    assert (facts.contact.first_name, facts.contact.last_name) == ("Ruth", "Adler")


@pytest.mark.parametrize(
    ("spoken", "booked", "first", "last"),
    [
        ("hi, I'd like a demo", "Ms. Okafor", None, "Okafor"),
        ("hi, I'd like a demo", "Dr. Hana Ito", "Hana", "Ito"),
        ("hi, this is Bea Novak, I'd like a demo", "Mrs Novak", "Bea", "Novak"),
        ("hi, I'd like a demo", "Pieter van Dijk", "Pieter", "van Dijk"),
    ],
)
def test_a_title_in_the_booked_name_is_no_first_name(
    spoken: str, booked: str, first: str | None, last: str | None
) -> None:
    # Given a meeting booked under a name that may open with a title
    tools = [ToolCall(name="book_sales_meeting", arguments={"customer_name": booked}, success=True)]
    facts = _call(A, spoken, tools=tools)
    # When the call is read
    # Then the title is dropped: alone with a surname it leaves the given name to what was said
    assert (facts.contact.first_name, facts.contact.last_name) == (first, last)


@pytest.mark.parametrize(
    "words",
    [
        "we'd like to roll the new system out by the end of this quarter",
        "what does the Business plan go for these days?",
        "do you do discounts for schools? we'd be purchasing thirty seats",
    ],
)
def test_timelines_prices_and_purchases_in_other_words_are_intent(words: str) -> None:
    # Given a buyer stating a timeline this quarter, asking what a plan goes for, or a discount
    facts = _call(A, words)
    # When the call is read
    # Then it is intent
    assert facts.intent is True


def test_what_something_cost_the_caller_is_no_price_question() -> None:
    # Given a customer saying what an outage cost them
    facts = _call(A, "we're customers, what's going on with sending? the outage cost us a client")
    # When the call is read
    # Then it is no request to buy
    assert facts.intent is False


@pytest.mark.parametrize(
    "words",
    [
        "hi, we're a florist and sell gift cards, we need supplier contracts signed, what's the price?",
        "hi, we're a law office, our demand letters threaten legal action, can I get a quote for six users?",
    ],
)
def test_a_buyer_whose_trade_uses_scam_words_is_no_spam(words: str) -> None:
    # Given a buyer mentioning gift cards or legal action as part of their own business
    facts = _call(A, words)
    # When the call is read
    # Then it is a request, not spam
    assert (facts.disqualifier, facts.intent) == (None, True)


def test_a_caller_demanding_gift_cards_is_spam() -> None:
    # Given a caller who asks for nothing we sell and demands payment in gift cards
    facts = _call(A, "this is the tax office, you owe back fees, pay in gift cards today or face arrest")
    # When the call is read
    # Then it is spam
    assert (facts.disqualifier, _tier(facts)) == ("spam", "cold")


def test_a_student_calling_for_a_family_business_that_buys_is_a_buyer() -> None:
    # Given a student calling on behalf of a parent's shop and asking for a quote
    facts = _call(A, "hi, I'm a college student, but I'm calling for my dad's garage, he'd like a quote")
    # When the call is read
    # Then the call is not disqualified and the quote is intent
    assert (facts.disqualifier, facts.intent) == (None, True)


@pytest.mark.parametrize(
    ("words", "first", "last"),
    [
        ("hello! Marisa, from Tall Pines Lodge. we need a demo", "Marisa", None),
        ("hey it's Gideon, just a quick question about plans", "Gideon", None),
        ("afternoon! Cole Brannigan with Brannigan Fencing. we need a quote", "Cole", "Brannigan"),
        ("hi, my first name is Zora and my last name is Adebayo", "Zora", "Adebayo"),
        # no name: a greeting then the business alone
        ("hi there! Tall Pines Lodge, we need a demo", None, None),
    ],
)
def test_a_name_after_a_greeting_is_the_callers(words: str, first: str | None, last: str | None) -> None:
    # Given a caller who opens with a greeting and then their name (or says which name is which)
    facts = _call(A, words)
    # When the call is read (the agent has not greeted them by name yet)
    # Then the name is theirs
    assert (facts.contact.first_name, facts.contact.last_name) == (first, last)


@pytest.mark.parametrize(
    ("words", "company"),
    [
        ("hi, I'm calling from the law offices of Ruiz and Baptiste", "Ruiz and Baptiste"),
        ("hello, I'm with the dental offices of Kaur and Lin", "Kaur and Lin"),
    ],
)
def test_the_offices_of_a_firm_name_it(words: str, company: str) -> None:
    # Given a caller from "the offices of" a firm
    facts = _call(A, words)
    # When the call is read
    # Then the firm is the company
    assert facts.contact.company == company


def test_a_wrong_number_callers_request_is_for_the_business_they_meant() -> None:
    # Given a caller asking another business for a quote, told they reached us
    facts = _call(
        A,
        "hi, is this Hilltop Roofing? I need a quote on a new roof",
        "No, you've reached Docketly, an e-signature company.",
        "oh, sorry!",
    )
    # When the call is read
    # Then it is a wrong number with no buying intent
    assert (facts.disqualifier, facts.intent, _tier(facts)) == ("wrong_number", False, "cold")


def test_a_caller_also_in_the_signing_business_is_a_competitor() -> None:
    # Given a caller whose company is also in the signing business
    facts = _call(A, "hi, we're also in the document signing business, how do you price seats?")
    # When the call is read
    # Then it is a competitor, with no intent
    assert (facts.disqualifier, facts.intent) == ("competitor", False)


@pytest.mark.parametrize(
    "words",
    [
        "hi, we're an existing customer and we were billed twice for March",
        "hi, we've been using Docketly since spring, and the completion certificate is coming out empty",
    ],
)
def test_a_customer_with_a_fault_only_is_support(words: str) -> None:
    # Given an existing customer describing a billing or output fault, asking to buy nothing
    facts = _call(A, words)
    # When the call is read
    # Then it is a support call
    assert (facts.disqualifier, _tier(facts)) == ("support_only", "cold")


@pytest.mark.parametrize(
    ("words", "disqualifier"),
    [
        (
            "hi, I'm with Brightline Coffee, we'd like to offer Docketly a special package for the office",
            "vendor_pitch",
        ),
        (
            "hey, I do local SEO, and your website is not appearing on the first page for e-sign, I can help",
            "vendor_pitch",
        ),
        ("hi, I interviewed with your team on Monday, just checking on next steps", "job_seeker"),
    ],
)
def test_sellers_and_applicants_in_other_words(words: str, disqualifier: str) -> None:
    # Given a seller offering us a deal or pointing at our search ranking, or an applicant following up
    facts = _call(A, words)
    # When the call is read
    # Then it is disqualified accordingly
    assert (facts.disqualifier, _tier(facts)) == (disqualifier, "cold")


def test_a_customer_whose_app_is_not_showing_up_is_no_seller() -> None:
    # Given a customer saying our app is not showing up on their phone
    facts = _call(A, "hi, we're customers, your app isn't showing up on my new phone, how do I get it back?")
    # When the call is read
    # Then it is a support call, not a pitch
    assert facts.disqualifier == "support_only"


NAME_Q = "Happy to help. Can I get your name?"


@pytest.mark.parametrize(
    ("answer", "first", "last"),
    [
        ("first name Ines, last name Duarte", "Ines", "Duarte"),
        ("Petrov. Alina Petrov.", "Alina", "Petrov"),
        ("sure thing, it's Marie-Claire Dubois, from Dubois Traiteur", "Marie-Claire", "Dubois"),
    ],
)
def test_a_name_given_in_answer_in_other_orders(answer: str, first: str, last: str) -> None:
    # Given a caller answering the name question by slot, surname first, or with a hyphenated given name
    facts = _call(A, "hi, I'd like a demo", NAME_Q, answer)
    # When the call is read
    # Then given name and surname are read as such
    assert (facts.contact.first_name, facts.contact.last_name) == (first, last)


def test_a_business_after_its_is_no_persons_name() -> None:
    # Given a caller opening with their business's name after "it's"
    facts = _call(A, "okay, it's Harbor Realty, from Portland, we'd like a demo")
    # When the call is read
    # Then no person's name is made of the business
    assert (facts.contact.first_name, facts.contact.last_name) == (None, None)


@pytest.mark.parametrize("hold", ["Take your time.", "Sure, go ahead.", "No problem, I'll wait."])
def test_a_bare_figure_after_the_agent_holds_the_line_answers_the_question_before(hold: str) -> None:
    # Given the agent asks how many would use it, the caller goes off to count, and the agent holds
    facts = _call(
        A,
        "we run four clinics and need consent forms signed on tablets",
        "How many staff would use it?",
        "ooh, good question, let me check with the office manager",
        hold,
        "twenty-three",
    )
    # When the call is read, Then the bare figure is the team that was asked about
    assert facts.signals.team_size == 23

