"""The calls the Lambda benchmark scores: the sample hot call stretched to 30 turns, and the answer a
good model gives for it (every claim quoted from the caller, so the evidence check keeps it hot)."""

import copy
from typing import Any, Final

# Caller and agent turns that stretch the sample hot call to a 30-turn call (15 caller, 15 agent turns).
EXTRA_TURNS: Final = [
    ("user", "Before that, can your templates handle our listing agreement with the optional addenda?"),
    ("assistant", "Yes: a template can hold optional sections that the agent switches on per deal."),
    ("user", "And our broker has to approve commission splits before anything goes out. Can it do that?"),
    ("assistant", "Approval steps are built in; the broker approves from email or the app."),
    ("user", "Okay. What about agents signing on their phones? Half of them are in the car all day."),
    ("assistant", "Signing works in any mobile browser, no app needed, and the audit trail is the same."),
    ("user", "Can we bring over the templates we already built in the old tool, or do we start over?"),
    ("assistant", "Our onboarding team imports existing templates for you during setup."),
    ("user", "Good. Is there an audit trail we can show if a buyer disputes when they signed?"),
    ("assistant", "Every document has a certificate of completion with timestamps and signer details."),
    ("user", "Do you store the documents in the US? Some of our clients ask about that."),
    ("assistant", "Yes, documents are stored in US data centres, encrypted at rest."),
    ("user", "How long does setup usually take for a team our size?"),
    ("assistant", "Most brokerages your size are live within a week, templates included."),
    ("user", "And if an agent leaves, can we move their documents to someone else?"),
    ("assistant", "An admin can reassign a departing agent's documents and templates in a few clicks."),
]


def thirty_turn_session(sample: dict[str, Any]) -> dict[str, Any]:
    session = copy.deepcopy(sample)
    head, tail = session["transcript"][:-2], session["transcript"][-2:]  # keep the goodbye last
    last = head[-1]["time"]
    extra = [{"role": role, "text": text, "time": last} for role, text in EXTRA_TURNS]
    session["transcript"] = head + extra + tail
    assert len(session["transcript"]) == 30, len(session["transcript"])
    return session


def verdict_for(session: dict[str, Any]) -> dict[str, Any]:
    """The answer a good model gives for the sample hot call: every claim quoted from the caller."""
    return {
        "fit": True,
        "intent": True,
        "disqualifier": None,
        "team_size": 40,
        "monthly_volume": 300,
        "urgency": True,
        "integrations": ["salesforce", "google_drive"],
        "industry": "real_estate",
        "contact": {
            "first_name": "Dana",
            "last_name": "Ruiz",
            "email": "dana@harborpointrealty.com",
            "company": "Harbor Point Realty",
            "phone": session["caller"].get("phone"),
        },
        "summary": "Dana Ruiz runs operations at Harbor Point Realty, a Boston brokerage of about 40 agents "
        "sending around 300 contracts a month. Their e-signature contract ends this month.",
        "next_step": "Run the booked demo tomorrow at 10 AM Eastern with pricing for 40 seats.",
        "reasons": [
            {"fact": "team_size", "claim": "about 40 agents", "quote": "We're a team of about 40 agents"},
            {
                "fact": "monthly_volume",
                "claim": "about 300 contracts a month",
                "quote": "I'd say around 300 contracts a month",
            },
            {
                "fact": "urgency",
                "claim": "current contract ends this month",
                "quote": "Our e-signature contract runs out at the end of the month",
            },
        ],
    }
