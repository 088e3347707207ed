"""Call-reading mechanisms of round 11 (intent, disqualifiers, contact), tested in wording of our own."""

import json
import re
from pathlib import Path

import pytest

from postcall.extraction.contact import company_in, spoken_emails
from postcall.extraction.intent import ROLE_FRAMES, ROLE_TRIGGERS
from tests.unit.extraction.turns import call as _call


@pytest.mark.parametrize(
    ("text", "asked", "expected"),
    [
        # the answer slot of the agent's question about the organisation
        (
            "Brightwater Veterinary, we have three clinics",
            "Which practice are you calling from?",
            "Brightwater Veterinary",
        ),
        (
            "Ostrander Cold Storage, and yes it's urgent",
            "What's the business name?",
            "Ostrander Cold Storage",
        ),
        ("Halvorsen Paving, we're the ones on Route 9", "Which account is this under?", "Halvorsen Paving"),
        # a phone greeting that names the business before the person
        ("hi there, Millbrook Orthodontics, this is Tessa at the front desk", None, "Millbrook Orthodontics"),
        ("yeah hello, Greenleaf Nursery, Bram speaking", None, "Greenleaf Nursery"),
        # the caller runs or owns it
        ("so I operate the Copperline Diner out by the interstate", None, "Copperline Diner"),
        ("we run Saltmarsh Kayak Tours in the summer", None, "Saltmarsh Kayak Tours"),
        # an apposition that says what the name is
        ("we're with Vantor, a freight brokerage out of Memphis", None, "Vantor"),
        ("the place is Olmsted Arms, which is a small family inn", None, "Olmsted Arms"),
        ("Pellham is a roofing contractor, we do about forty jobs a month", None, "Pellham"),
        # the pronoun "I" is no word of the name
        ("my store is called Fern and Fable and I also do pop-ups", None, "Fern and Fable"),
        # no company: a tool, a day, a person described by a role
        ("we switched off Dropbox, a storage tool we hated", None, None),
        ("Thursday is a busy day for the team", None, None),
        ("I asked Priya, a paralegal friend, about it", None, None),
    ],
)
def test_company_from_the_answer_slot_greeting_ownership_and_apposition(
    text: str, asked: str | None, expected: str | None
) -> None:
    # Given a caller naming their business without a "from/at" cue
    # When the utterance is read with the agent's question before it
    found = company_in(text, asked, {"Tessa", "Bram", "Priya"})
    # Then the business is the company, and non-businesses are not
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a letter named in a dictation aside opens the local part
        (
            "p moreau, that's the letter p, then moreau, at lantern freight dot com",
            ["pmoreau@lanternfreight.com"],
        ),
        ("sure, k as in kilo, then osei, at osei build dot io", ["kosei@oseibuild.io"]),
    ],
)
def test_a_dictated_letter_then_a_word_is_one_local_part(text: str, expected: list[str]) -> None:
    got = [e for _, e in spoken_emails(text)]
    assert got == expected


def test_a_first_dot_last_email_confirmed_by_a_spelling_gives_the_name() -> None:
    # Given a caller who gives no name except inside an email, spelling the surname
    facts = _call(
        "Hi, Docketly here. How can I help?",
        "just send me the pricing sheet please",
        "Sure. Where to?",
        "tomas dot ekberg, E-K-B-E-R-G, at fjordline dot se",
    )
    # Then the email's two words are first and last name
    assert (facts.contact.first_name, facts.contact.last_name) == ("Tomas", "Ekberg")


def test_a_first_dot_last_email_confirmed_by_the_agents_greeting_gives_the_name() -> None:
    facts = _call(
        "Hi, Docketly here. How can I help?",
        "how much would it be for two people",
        "Happy to send details. Your email?",
        "lena dot marsh at gmail dot com",
        "Done. Thanks, Lena!",
        "bye",
    )
    assert (facts.contact.first_name, facts.contact.last_name) == ("Lena", "Marsh")


def test_an_unconfirmed_two_word_email_gives_no_name() -> None:
    # "sales dot team" is no person: nothing confirms it as a name
    facts = _call("How can I help?", "pricing please", "Email?", "sales dot team at acme dot io")
    assert facts.contact.first_name is None


def test_a_spelled_word_the_caller_said_capitalised_is_their_name() -> None:
    # Given a solo owner whose business carries their name, who spells their first name
    facts = _call(
        "How can I help?",
        "it's only me, Maren Holt Ceramics, I sell at markets",
        "What email should we use?",
        "studio at maren holt dot com, and that's M-A-R-E-N",
    )
    # Then the spelled word and the capitalised word after it are the caller's name
    assert (facts.contact.first_name, facts.contact.last_name) == ("Maren", "Holt")


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a verb of asking or wanting aimed at us, then a buying object
        ("kindly mail us a detailed quotation for fifteen licences", ["quote"]),
        ("could we get a price list for the nonprofit plan", ["pricing"]),
        ("we'd appreciate a short demonstration for the partners", ["demo"]),
        ("I'm hoping for a rough estimate for ten seats", ["quote"]),
        # a buying timeline with a decision verb
        ("the board wants us to finalize a vendor within this quarter", ["timeline"]),
        # the caller's own documents, or the object modifying a thing: no request
        ("we need to send proposals faster than we do now", []),
        ("we want a proposal template our reps can reuse", []),
        ("we email a quote to every homeowner after the walk-through", []),
        ("we'd like our estimates signed on the spot", []),
        ("we don't need a quotation", []),
    ],
)
def test_a_request_frame_reads_intent_in_new_words(text: str, kinds: list[str]) -> None:
    # Given a caller's request said without the usual phrases
    facts = _call("Thanks for calling Docketly! How can I help?", text)
    # Then the request kind is read, and the caller's own documents are not requests
    assert [k for k in facts.intent_kinds if k != "urgency"] == kinds


def test_a_trial_extension_asked_after_a_hedged_question_mark() -> None:
    # Given a trial user whose request follows an unsure "Friday?"
    facts = _call(
        "How can I help?",
        "so we're on the free trial, it runs out, um, Friday? and I wondered if you could extend it a bit",
    )
    # Then the request is a trial extension
    assert facts.intent_kinds == ["trial_extension"]


def test_asking_for_another_business_corrected_by_the_agent_is_a_wrong_number() -> None:
    # Given a caller asking for a business the agent never named, and the agent saying who it is
    facts = _call(
        "Thanks for calling Docketly! How can I help?",
        "hello, is this Maple Grove Pharmacy? I need my prescription refilled today",
        "Sorry, this is Docketly, a software company. You may want to check the pharmacy's number.",
        "oh, I'm so sorry, bye",
    )
    # Then it is a wrong number, and the urgency about the prescription is not buying urgency
    assert (facts.disqualifier, facts.intent, facts.signals.urgency) == ("wrong_number", False, False)


def test_asking_whether_this_is_us_is_no_wrong_number() -> None:
    facts = _call(
        "Thanks for calling Docketly! How can I help?",
        "hi, is this Docketly? we need a demo for our twelve agents",
        "Yes, this is Docketly. Happy to set that up.",
        "great",
    )
    assert facts.disqualifier is None and facts.intent


def test_a_competitor_with_no_industry_word_is_software() -> None:
    # Given a caller from another e-signature vendor who never names a trade
    facts = _call(
        "How can I help?",
        "hey, I'm on the product team at Quillmark, we're basically in the same space, just comparing notes",
    )
    # Then the call is a competitor's and their industry is software
    assert (facts.disqualifier, facts.signals.industry) == ("competitor", "software")


def test_a_surname_given_first_then_a_first_name_asked_for() -> None:
    # Given a caller who answers "who am I speaking with?" with a surname, then gives the first name asked for
    facts = _call(
        "How can I help?",
        "Quote.",
        "Sure. Who am I speaking with?",
        "Okafor. Okafor Baptiste Design.",
        "And your first name?",
        "Nneka.",
    )
    # Then the first answer is the surname and the asked-for one the first name
    assert (facts.contact.first_name, facts.contact.last_name) == ("Nneka", "Okafor")


def test_the_answer_to_who_am_i_speaking_with_is_the_name() -> None:
    facts = _call("Can I ask who I'm speaking with?", "yeah, it's Corbin, I handle ops over at Tallow Supply")
    assert facts.contact.first_name == "Corbin"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pause before "at", after a short local part or a spelling said as the address itself
        ("Email. r okoye, at okoye build dot com.", ["rokoye@okoyebuild.com"]),
        ("it's m d'souza, no apostrophe, so m-d-s-o-u-z-a, at sunfield dot org", ["mdsouza@sunfield.org"]),
        # a stop word before the pause gives no local part
        ("send it to me, at the office", []),
    ],
)
def test_a_pause_before_at_in_a_spoken_email(text: str, expected: list[str]) -> None:
    assert [e for _, e in spoken_emails(text)] == expected


def test_a_surname_with_an_apostrophe() -> None:
    facts = _call(
        "How can I help?", "hi, this is Declan O'Rourke, I run the front office at Brackenridge Tiles"
    )
    assert (facts.contact.first_name, facts.contact.last_name) == ("Declan", "O'Rourke")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The <noun> at <place>" keeps its place
        ("we own a little event barn, The Loft at Cedar Ridge", "The Loft at Cedar Ridge"),
        # a description of the business, a comma, then its name
        ("I got a tire and brake garage, Ray's Auto Care, over in Tulsa", "Ray's Auto Care"),
        # a unit of the organisation before "for/at" the organisation
        ("I'm calling from the permits desk for the County of Alder", "County of Alder"),
        ("this is the billing department at Northgate Orthopedics", "Northgate Orthopedics"),
    ],
)
def test_company_after_a_description_or_a_unit_and_the_x_at_y(text: str, expected: str) -> None:
    found = company_in(text, None, set())
    assert (found[0] if found else None) == expected


_GREETING = "Thanks for calling Docketly! How can I help you today?"


@pytest.mark.parametrize(
    ("text", "disqualifier"),
    [
        # the caller's own role: a student, an applicant
        (
            "hello, I study business at Lakeland College and our group has to interview a software company",
            "student",
        ),
        ("hey, so I'm an MBA candidate and I'm writing up a case on how SaaS firms price seats", "student"),
        ("hi there, our professor assigned us to pick a startup and analyze its go-to-market", "student"),
        (
            "hi, I'm a developer and I wanted to know if there are any openings on your engineering team",
            "job_seeker",
        ),
        (
            "hello, I interviewed with your recruiter last week and wanted to check on the status",
            "job_seeker",
        ),
        ("hi, I'd love to work for Docketly, who should I send my résumé to?", "job_seeker"),
        ("hey, do you have any internships this summer?", "job_seeker"),
        # a seller whose beneficiary is us
        (
            "hi, I'm with Brightpath SEO, we help software companies rank on page one, do you have a minute?",
            "vendor_pitch",
        ),
        (
            "hi, I represent a payroll firm and wanted to see if Docketly would benefit from our services",
            "vendor_pitch",
        ),
        ("hi, we build custom chatbots and I think your website could really use one", "vendor_pitch"),
        (
            "hi, we're an office cleaning service nearby and I'd like to give your office a free quote",
            "vendor_pitch",
        ),
        # a recorded threat, another signing vendor
        ("hello, your Google business profile will be deactivated unless you verify it today", "spam"),
        (
            "hi, I run product at SignFlow, another e-signature company, curious what your top tier includes",
            "competitor",
        ),
        ("hey, full disclosure, I work for one of your competitors", "competitor"),
        # our customer by our name, with a fault and no request
        (
            "hi, we've been using Docketly for a year, and today none of our envelopes are going out",
            "support_only",
        ),
        ("hi, I'm an admin on our Docketly account and I need to change the billing email", "support_only"),
        (
            "hello, we have a subscription with you and a signer says the link expired, how do I resend it?",
            "support_only",
        ),
    ],
)
def test_who_the_caller_is_and_what_they_want_in_new_words(text: str, disqualifier: str) -> None:
    # Given a non-buyer saying who they are or what they want in words no phrase list has
    facts = _call(_GREETING, text)
    # Then the call is disqualified for that reason
    assert facts.disqualifier == disqualifier


@pytest.mark.parametrize(
    "text",
    [
        "hi, I'm a recruiter at Bluewave Staffing, we send about 400 offer letters a month, need e-signature",
        "we're hiring five more reps this spring, so we'd need seats for twelve people",
        "we help healthcare companies with billing compliance, and we send 200 engagement letters a month",
        "we're a consulting firm, we help small businesses grow, about 12 of us",
        "I'm the student services coordinator at Lakeview College, we have 15 staff",
        "do you have any openings on your calendar for a demo next week?",
        "I'd love to work with you on getting this set up for our 30 agents",
        "we could really benefit from e-signature, we have 25 people in the office",
        "we provide home care services, about 50 caregivers, and we need consent forms signed",
        "we're currently with your competitor and our renewal is next month, 15 seats",
        "we've been using your free trial and we'd like to buy 8 seats",
    ],
)
def test_buyers_near_each_frame_are_not_disqualified(text: str) -> None:
    # Given a buyer whose words come close to a non-buyer frame
    facts = _call(_GREETING, text)
    # Then the call is not disqualified
    assert facts.disqualifier is None


def test_the_agent_saying_who_the_caller_reached_is_a_wrong_number() -> None:
    # Given a caller asking about something we do not do, and the agent saying which business this is
    facts = _call(
        _GREETING,
        "hi, I'm calling about my car, is it ready yet?",
        "Sorry, this is Docketly, an e-signature company. You may have the wrong number.",
        "oh, sorry about that",
    )
    # Then it is a wrong number
    assert facts.disqualifier == "wrong_number"


def test_a_customer_told_which_business_this_is_stays_a_support_call() -> None:
    facts = _call(
        _GREETING,
        "hi, is this support? our Docketly account won't let us log in",
        "Sorry, this is Docketly's sales line, but I can open a ticket for you.",
        "ok thanks",
    )
    assert facts.disqualifier == "support_only"


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("we're a twelve-person law firm, can someone show us?", ["demo"]),
        ("I'd like to see how your tool handles retainer agreements", ["demo"]),
        ("we want it rolled out before our quarter closes", ["timeline"]),
        # showing how to do a task is support, and walking through what a plan includes is research
        ("can you show me how to resend an envelope", []),
        ("could you walk me through what your top plan includes", []),
    ],
)
def test_demo_requests_and_quarter_timelines_in_new_words(text: str, kinds: list[str]) -> None:
    facts = _call(_GREETING, text)
    assert [k for k in facts.intent_kinds if k != "urgency"] == kinds


def test_the_role_frame_triggers_never_hide_a_match() -> None:
    # Given every caller turn of the blind rounds and the sentences of this file
    here = Path(__file__).parent
    texts = [
        t["text"]
        for f in sorted(here.glob("blind*/calls.jsonl"))
        for line in f.read_text().splitlines()
        if line.strip()
        for t in json.loads(line)["transcript"]
        if t["role"] == "user"
    ]
    texts += re.findall(r'"([^"\n]{20,})"', Path(__file__).read_text())
    # When a role frame matches a text
    hidden = [
        (kind, text)
        for kind, pattern in ROLE_FRAMES
        for text in texts
        if pattern.search(text) and not any(t in text.lower() for t in ROLE_TRIGGERS[kind])
    ]
    # Then one of its trigger substrings is in the text, so the pre-check would not have skipped it
    assert hidden == []


def test_a_name_opening_with_an_accented_or_umlauted_letter() -> None:
    facts = _call("How can I help?", "bonjour, my name is Élodie Brandt, I'm calling for Vauclair Textiles")
    assert (facts.contact.first_name, facts.contact.last_name) == ("Élodie", "Brandt")
    facts = _call("How can I help?", "hallo, this is Jörg Weiß from Hafenkontor Logistik")
    assert (facts.contact.first_name, facts.contact.last_name) == ("Jörg", "Weiß")


def test_a_company_name_taken_back_right_away_is_the_later_one() -> None:
    # Given a caller who names a company and at once corrects it
    found = company_in("uh, Brightline... I mean, Northpass, we're in logistics", "Which company?", set())
    # Then the corrected name is the company
    assert found is not None and found[0] == "Northpass"
    # but a person named after a pause is no take-back of the company
    found = company_in("I'm with Harlow Freight, well, Dana told me to call", None, {"Dana"})
    assert found is not None and found[0] == "Harlow Freight"


@pytest.mark.parametrize(
    ("text", "disqualifier"),
    [
        (
            "hi, I'm working on my senior capstone about digital contracts, could someone answer questions",
            "student",
        ),
        ("hello, my classmates and I are putting together a presentation on SaaS pricing", "student"),
        ("hi, I'm a law student researching electronic signature legislation for a paper", "student"),
        ("hi, I saw you're growing the support team and I'd like to throw my hat in the ring", "job_seeker"),
        ("hello, I'm a recent grad, do you take applications over the phone?", "job_seeker"),
        ("hey, I'm a freelance designer, does your company ever contract out design work?", "job_seeker"),
        ("hi, I have an interview with you guys Thursday and wanted to confirm the address", "job_seeker"),
        (
            "Marco from Apex Office Supply, we're running a promotion on toner for businesses in your area",
            "vendor_pitch",
        ),
        ("hello, we specialize in lead generation for software companies", "vendor_pitch"),
        (
            "hi, we noticed your company is growing fast and wanted to introduce our recruiting services",
            "vendor_pitch",
        ),
        ("good afternoon, we make branded mugs and I'd love to send your team some samples", "vendor_pitch"),
        (
            "hi, I'm with a cybersecurity firm and we'd like to offer Docketly a free penetration test",
            "vendor_pitch",
        ),
        ("this is the IRS, there is a warrant out in your name, call back immediately", "spam"),
        ("hello, your domain name is about to expire, renew now to avoid losing it", "spam"),
        ("hey, I'm from the product team at a company that builds document signing software", "competitor"),
        ("hi, I'm a Docketly user and my signature field keeps moving when I upload a PDF", "support_only"),
        (
            "hey, our team uses Docketly every day and since yesterday the Outlook add-in won't load",
            "support_only",
        ),
        (
            "hello, I'm the account owner on Docketly and I need to transfer ownership to my colleague",
            "support_only",
        ),
        (
            "hi, I'm calling from Pinecrest Realty, we're Docketly customers, and we were double charged",
            "support_only",
        ),
    ],
)
def test_a_second_set_of_non_buyers_in_new_words(text: str, disqualifier: str) -> None:
    # Given a non-buyer written after the first frames, in words they were not written for
    facts = _call(_GREETING, text)
    # Then the call is disqualified for that reason
    assert facts.disqualifier == disqualifier


@pytest.mark.parametrize(
    "text",
    [
        "I'm a law professor and our clinic with 12 staff needs e-signature for intake, can I get pricing?",
        "hello, I'm the director of a school with 40 teachers, permission slips, can we see a demo?",
        "we're a marketing agency with 15 people, we specialize in lead generation, and we'd like pricing",
        "hi, I'm a freelance designer, just me, and I want to buy a plan for my client contracts",
        "hi, I'm calling from Apex Office Supply, we have 30 sales reps and we'd like a quote",
        "I'm a Docketly user on the free plan and I want to upgrade to the team plan for 6 people",
        "my classmates from school started a company with me, there are 6 of us, what does it cost?",
        "hi, I'm the office manager for a dental group, we have 8 locations and want pricing",
    ],
)
def test_a_second_set_of_buyers_near_the_frames_buy(text: str) -> None:
    # Given a buyer whose words come near a non-buyer frame
    facts = _call(_GREETING, text)
    # Then the call is not disqualified and the request is read
    assert facts.disqualifier is None and facts.intent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name then a business named after it: the business's words are no surname
        (
            "yeah hi, you've got Dana Whitlock, Whitlock Family Orchards",
            ("Dana", "Whitlock", "Whitlock Family Orchards"),
        ),
        # "it's <name> from ..." after any greeting
        ("hi there, it's Odessa from Bramble Lane Bakery", ("Odessa", None, "Bramble Lane Bakery")),
        # a description, a comma, "the", then the name
        (
            "we're a small charity, the Eastside Tenant Alliance, I'm Marguerite",
            ("Marguerite", None, "Eastside Tenant Alliance"),
        ),
        # a role, a comma, then a run longer than a person's name
        (
            "I'm the facilities director, Cedar Hollow Assisted Living, two campuses",
            (None, None, "Cedar Hollow Assisted Living"),
        ),
    ],
)
def test_names_and_companies_after_greetings_roles_and_descriptions(
    text: str, expected: tuple[str | None, str | None, str]
) -> None:
    contact = _call(_GREETING, text).contact
    assert (contact.first_name, contact.last_name, contact.company) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a question whose object is what we charge
        ("what would thirty seats run us a year?", "pricing"),
        ("could you ballpark the price for a team of nine?", "pricing"),
        ("what are your fees for the business plan?", "pricing"),
        ("how much do you folks charge for each user?", "pricing"),
        ("what does the premium tier cost per licence?", "pricing"),
        # someone of ours to contact them, a time to see the product, ready to pay
        ("I'd like somebody on your end to give us a ring about buying", "sales"),
        ("could you set me up with one of your specialists?", "sales"),
        ("okay, we're ready to pull the trigger", "sales"),
        ("can we book a time to look at the platform together?", "demo"),
        # a trial running out and a few more days
        ("our trial ends Friday, could we get a couple more days?", "trial_extension"),
        # a buying timeline at the end of the caller's quarter
        ("we need a vendor picked by the end of our quarter", "timeline"),
    ],
)
def test_requests_said_as_questions_about_cost_contact_and_time(text: str, kind: str) -> None:
    facts = _call(_GREETING, text)
    assert kind in facts.intent_kinds


@pytest.mark.parametrize(
    "text",
    [
        "the price of lumber is killing us this year",
        "our clients ask for demos of our software constantly",
        "we track quotes in a spreadsheet",
        "our sales team closes about forty deals a month",
        "how much storage do we get? just curious",
    ],
)
def test_talk_about_prices_demos_and_sales_that_asks_for_nothing(text: str) -> None:
    facts = _call(_GREETING, text)
    assert not facts.intent


def test_a_customer_asking_support_to_call_or_about_a_charge_stays_a_support_call() -> None:
    facts = _call(
        _GREETING,
        "we're Docketly customers, what's this charge on our invoice? can someone from billing call me",
    )
    assert (facts.intent, facts.disqualifier) == (False, "support_only")


def test_the_agent_asking_whether_the_caller_meant_another_business_is_a_wrong_number() -> None:
    # Given a caller asking for a person we do not have, and the agent asking whom they meant to reach
    facts = _call(
        _GREETING,
        "hi, is Dr. Okafor in? I have to push back my cleaning",
        "This is Docketly, we make signing software. Were you trying to reach a dental office?",
        "oh my, yes, sorry",
    )
    # Then it is a wrong number
    assert facts.disqualifier == "wrong_number"


def test_yes_to_which_line_the_customer_wanted_is_no_sales_request() -> None:
    # Given a customer with a locked account told this is the sales line
    facts = _call(
        _GREETING,
        "hi, our Docketly account is locked, is this support?",
        "Sorry, this is the sales line. Were you trying to reach support?",
        "yes, sorry",
    )
    # Then "yes" answers no offer, and the call is support only
    assert (facts.intent, facts.disqualifier) == (False, "support_only")


def test_yes_to_an_offer_of_a_sales_call_is_still_a_request() -> None:
    facts = _call(
        _GREETING, "we're a 20-person firm", "Would you like a call with our sales team?", "yes please"
    )
    assert "sales" in facts.intent_kinds


@pytest.mark.parametrize(
    ("turns", "disqualifier"),
    [
        # several study concepts together, when nothing is asked for
        (("hello, I'm finishing my MBA and my supervisor said to call a few software vendors",), "student"),
        (
            ("hey, I'm in my second year at uni, we have this course on e-commerce and a report due",),
            "student",
        ),
        # several applicant concepts together, or a CV
        (("hi, I'd love to be considered for the account manager role you have",), "job_seeker"),
        (
            ("morning, I'm between jobs right now and wondered if there's anything for me at your place",),
            "job_seeker",
        ),
        (("hi, I emailed a CV to your office on Monday and wanted to make sure it arrived",), "job_seeker"),
        # a service done to our things, a need of our team, a sponsorship
        (("hi, we're a localization studio and we could localize your app into Spanish",), "vendor_pitch"),
        (("hello, we lease office furniture, wondering if your team needs any new desks",), "vendor_pitch"),
        (
            ("hi, I host a newsletter for founders and would love to have Docketly sponsor an issue",),
            "vendor_pitch",
        ),
        (
            ("I'm Lena with Brightbooks, we do bookkeeping for startups, who looks after that at your end?",),
            "vendor_pitch",
        ),
        # robocall threats
        (("this is card services calling about lowering your rate",), "spam"),
        (("we have detected suspicious activity on your account, please don't hang up",), "spam"),
        # an employer named for signing
        (("hi, I'm a product marketer at SignWell Labs, comparing onboarding flows",), "competitor"),
        # our customer with a missing email or a how-to they cannot work out
        (("hi, we're on Docketly, and our client never received the envelope",), "support_only"),
        (
            ("hello, we pay for the business plan and I can't figure out how to reorder signers",),
            "support_only",
        ),
    ],
)
def test_a_third_set_of_non_buyers_from_concepts_and_frames(
    turns: tuple[str, ...], disqualifier: str
) -> None:
    facts = _call(_GREETING, *turns)
    assert facts.disqualifier == disqualifier


@pytest.mark.parametrize(
    "text",
    [
        # job titles and everyday words that are also study or job words
        "I'm the intake supervisor at Lakeside Home Care, we do it all on paper, seven coordinators",
        "I'm the registrar at Lakeview Community College, we have 25 staff, just researching options for now",
        "we're a recruiting agency, we interview candidates all day and send offer letters, 25 recruiters",
        "my supervisor asked me to look into e-signature for our HR department, we're about 60 people",
        "we translate legal documents for law firms, 6 translators, each job has an engagement letter",
        # a student or applicant who runs an organisation and asks to buy
        "I'm a grad student but I also run a small tutoring business with 6 tutors, I'd like pricing",
        # a past employer that competes with us
        "I used to work at a competitor actually, now I run ops at a 40-person clinic and we need a demo",
    ],
)
def test_buyers_with_study_job_or_rival_words_are_not_disqualified(text: str) -> None:
    facts = _call(_GREETING, text)
    assert facts.disqualifier is None


@pytest.mark.parametrize(
    ("text", "disqualifier"),
    [
        ("hi, I'm a doctoral researcher and I'd like to ask a few things for my study", "student"),
        ("hi, is the support engineer posting still up? I submitted an application last week", "job_seeker"),
        ("hello, I'm a freelancer, I write help docs, and wondered if you need any help", "job_seeker"),
        ("hi, we install solar panels and can lower your office's energy costs", "vendor_pitch"),
        ("hello, we'd like to invite Docketly to speak at our fintech meetup", "vendor_pitch"),
        ("hi, are you satisfied with your current payroll provider?", "vendor_pitch"),
        ("this is a final notice about your car's extended coverage", "spam"),
        ("congrats, your company has been pre-approved for a line of credit", "spam"),
        ("hi, we're building our own signing app and wondered about your pricing", "competitor"),
        ("hello, I'm one of your customers, the audit PDFs come out blank", "support_only"),
        ("hi, we signed up with you in March and now our saved templates are all gone", "support_only"),
    ],
)
def test_a_fourth_set_of_non_buyers(text: str, disqualifier: str) -> None:
    facts = _call(_GREETING, text)
    assert facts.disqualifier == disqualifier


@pytest.mark.parametrize(
    "text",
    [
        # a request form together with a concept of buying from us
        "what's this going to set us back for eight users?",
        "could you price it out for twenty licences?",
        "how would I go about buying this for the front office?",
        "is there somebody I can talk to about an enterprise agreement?",
        "okay, we want to move forward, what are the next steps?",
        "just send over the order form and we'll sign",
        "can we do a screen share so my partner can see it live?",
        "I'd like to book a product tour for Thursday",
        "the trial lapsed on Monday, could you turn it back on for a few days?",
        "we must pick a vendor before the 30th, that's our quarter-end",
    ],
)
def test_a_request_form_with_a_buying_concept_is_intent(text: str) -> None:
    facts = _call(_GREETING, text)
    assert facts.intent


@pytest.mark.parametrize(
    "text",
    [
        # research about how we run things, the caller's own prices and forms, a rival's tour, a fault
        "how do you decide what goes in each tier?",
        "why is the business plan priced per user?",
        "could you tell me how many companies use you?",
        "what's the best price our customers can get on a lease?",
        "we got a product tour from another vendor last week, can I tell you what they showed?",
        "our order forms are a mess, can you believe it?",
    ],
)
def test_questions_about_us_or_the_callers_own_prices_are_no_request(text: str) -> None:
    facts = _call(_GREETING, text)
    assert not facts.intent


@pytest.mark.parametrize(
    ("turns", "field", "expected"),
    [
        (("good morning, Harbourline Movers, Delphine speaking",), "first_name", "Delphine"),
        (("I'm Oskar, co-owner of Fenwick Cider House, we have 11 staff",), "company", "Fenwick Cider House"),
        (("we have a little florist called Petal and Stem over on 5th",), "company", "Petal and Stem"),
        (
            (
                "pricing please",
                "Sure. Best number for you?",
                "area code four one five, then five five five, two two one nine",
            ),
            "phone",
            "415-555-2219",
        ),
    ],
)
def test_a_phone_greeting_a_co_owner_a_business_called_x_and_a_dictated_area_code(
    turns: tuple[str, ...], field: str, expected: str
) -> None:
    contact = _call(_GREETING, *turns).contact
    assert getattr(contact, field) == expected
