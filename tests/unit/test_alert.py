"""The hot-lead alert a sales rep reads: short SNS-safe subject, a body with everything to act on."""

from datetime import UTC, datetime

from postcall.alert import SUBJECT_MAX, build_hot_lead_alert
from postcall.facts import Contact
from postcall.lead import LeadRecord, Reason, SourceObject, Timings
from postcall.session import Signals

RECORD_URI = "s3://postcall-dev-sessions-123456789012/leads/year=2026/month=11/day=20/call-1.json"


def hot_lead(**changes: object) -> LeadRecord:
    lead = LeadRecord(
        session_id="call-1",
        call_ended_at=datetime(2026, 11, 20, 14, 7, tzinfo=UTC),
        scored_at=datetime(2026, 11, 20, 14, 8, tzinfo=UTC),
        duration_seconds=337,
        tier="hot",
        score=91,
        fit=True,
        intent=True,
        meeting_booked=True,
        signals=Signals(team_size=40, monthly_volume=300, urgency=True, integrations=["salesforce"],
                        industry="real_estate"),
        contact=Contact(first_name="Dana", last_name="Ruiz", email="dana@harborpointrealty.com",
                        company="Harbor Point Realty", phone="+16175550198"),
        reasons=[
            Reason(fact="team_size", claim="team_size: 40", quote="We're a team of about 40 agents",
                   source="rules"),
            Reason(fact="industry", claim="industry: real_estate", quote="We're a brokerage", source="llm"),
            Reason(fact="intent", claim="meeting booked", quote="", source="rules"),
        ],
        summary="Dana runs operations at a 40-agent brokerage.",
        next_step="Prepare for the booked meeting.",
        method="llm",
        timings=Timings(total_ms=812.0, llm_ms=640.0),
        source=SourceObject(bucket="b", key="sessions/x.json", etag="e"),
    )
    return lead.model_copy(update=changes)


def test_body_holds_everything_a_rep_needs_to_call_back():
    # Given a hot lead with a booked meeting
    lead = hot_lead()

    # When the alert is built
    alert = build_hot_lead_alert(lead, RECORD_URI)

    # Then the rep sees who, company, phone, email, size, volume, urgency, the quotes, the meeting, the record
    for expected in ("Dana Ruiz", "Harbor Point Realty", "real estate", "+16175550198",
                     "dana@harborpointrealty.com", "Team size: 40", "300 documents/month", "Urgency:   yes",
                     '"We\'re a team of about 40 agents"', "Meeting:   booked", RECORD_URI):
        assert expected in alert.body
    assert alert.subject == "HOT lead 91/100: Dana Ruiz, Harbor Point Realty - meeting booked"
    # ... and "why hot" quotes only what makes it hot (fit and intent), not the industry
    assert "\n  - meeting booked\n" in alert.body
    assert "We're a brokerage" not in alert.body


def test_subject_fits_sns_limit_and_is_ascii_even_for_long_accented_names():
    # Given a caller with an accented, very long name and company
    lead = hot_lead(contact=Contact(first_name="José", last_name="Müller-Øberg" * 8,
                                    company="Société Générale d'Électricité " * 5))

    # When the alert is built
    alert = build_hot_lead_alert(lead, RECORD_URI)

    # Then the subject is one printable ASCII line within SNS's 100 characters
    assert len(alert.subject) <= SUBJECT_MAX
    assert alert.subject.isascii() and alert.subject.isprintable()
    assert alert.subject.startswith("HOT lead 91/100: Jose Muller")


def test_missing_details_say_not_given_and_no_meeting_says_call_back():
    # Given a hot lead without email, company or a booked meeting
    lead = hot_lead(contact=Contact(first_name="Sam", phone="+14155550100"), meeting_booked=False)

    # When the alert is built
    alert = build_hot_lead_alert(lead, RECORD_URI)

    # Then the gaps are explicit and the first line tells the rep to call back
    assert "Email:     not given" in alert.body
    assert "Meeting:   not booked" in alert.body
    assert alert.body.splitlines()[0].endswith("call back now to book a meeting")
    assert "NO meeting yet" in alert.subject


def test_attributes_let_subscriptions_filter_on_tier_score_and_industry():
    alert = build_hot_lead_alert(hot_lead(), RECORD_URI)
    assert alert.attributes == {"tier": "hot", "score": 91, "industry": "real_estate"}

    unknown = build_hot_lead_alert(hot_lead(signals=Signals(team_size=9, urgency=True)), RECORD_URI)
    assert unknown.attributes["industry"] == "unknown"
