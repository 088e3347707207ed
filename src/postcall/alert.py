"""The hot-lead alert: what a sales rep reads on their phone, and can act on in ten seconds."""

import re
import unicodedata
from typing import Annotated, Final

from pydantic import BaseModel, ConfigDict, Field

from postcall.lead import LeadRecord

SUBJECT_MAX: Final = 100  # SNS rejects longer subjects
_NOT_GIVEN: Final = "not given"
_WHY_HOT: Final = frozenset({"team_size", "monthly_volume", "urgency", "intent"})


class HotLeadAlert(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    subject: Annotated[str, Field(min_length=1, max_length=SUBJECT_MAX)]
    body: str
    # SNS message attributes for subscription filter policies: tier, score (a Number), industry.
    attributes: dict[str, str | int]


def _subject_text(text: str) -> str:
    """SNS subjects must be printable ASCII on one line: fold accents, drop the rest."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^\x20-\x7e]", " ", ascii_text).split())


def _fit(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


def _label(value: str | None) -> str:
    return value.replace("_", " ") if value else _NOT_GIVEN


def build_hot_lead_alert(lead: LeadRecord, record_uri: str) -> HotLeadAlert:
    c, s = lead.contact, lead.signals
    who = " ".join(p for p in (c.first_name, c.last_name) if p) or "Unnamed caller"
    company = c.company or "company not given"
    meeting = "meeting booked" if lead.meeting_booked else "NO meeting yet"
    subject = _fit(_subject_text(f"HOT lead {lead.score}/100: {who}, {company} - {meeting}"), SUBJECT_MAX)

    # Only the facts that make a lead hot (fit and intent); industry and tools are in the fields above.
    why = [r for r in lead.reasons if r.fact in _WHY_HOT]
    quotes = [f'  - {r.fact.replace("_", " ")}: "{r.quote}"' for r in why if r.quote]
    facts_only = [f"  - {r.claim}" for r in why if not r.quote]
    lines = [
        f"HOT LEAD - score {lead.score}/100 - "
        + ("meeting booked, prepare for it" if lead.meeting_booked else "call back now to book a meeting"),
        "",
        f"Who:       {who}",
        f"Company:   {company} ({_label(s.industry)})",
        f"Phone:     {c.phone or _NOT_GIVEN}",
        f"Email:     {c.email or _NOT_GIVEN}",
        f"Team size: {s.team_size if s.team_size is not None else _NOT_GIVEN}",
        f"Volume:    {f'{s.monthly_volume} documents/month' if s.monthly_volume is not None else _NOT_GIVEN}",
        f"Urgency:   {'yes' if s.urgency else 'no'}",
        f"Uses:      {', '.join(_label(i) for i in s.integrations) or _NOT_GIVEN}",
        f"Meeting:   {'booked' if lead.meeting_booked else 'not booked'}",
        "",
        "Why hot (the caller's own words):",
        *(quotes or ["  - (no quotes recorded)"]),
        *facts_only,
        "",
        f"Summary:   {lead.summary}",
        f"Next step: {lead.next_step}",
        "",
        f"Full record: {record_uri}",
        f"Session {lead.session_id}, call ended {lead.call_ended_at:%Y-%m-%d %H:%M %Z}, "
        f"{round(lead.duration_seconds / 60, 1)} min, scored by {lead.method}.",
    ]
    return HotLeadAlert(
        subject=subject,
        body="\n".join(lines),
        attributes={"tier": lead.tier, "score": lead.score, "industry": lead.signals.industry or "unknown"},
    )
