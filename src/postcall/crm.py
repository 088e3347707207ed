"""CRM mapping: a lead record becomes the Salesforce Lead a sales rep reads.

Pure functions only. Field limits are Salesforce's standard Lead field lengths; a
value that would make Salesforce reject the whole Lead (too long, malformed email)
is trimmed or left out here rather than failing the sync later.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final, Literal, TypedDict

from postcall.lead import LeadRecord, lead_key
from postcall.vocab import Industry, Tier

# Salesforce standard Lead field lengths (Object Reference, Lead).
FIELD_LIMITS: Final[Mapping[str, int]] = {
    "FirstName": 40,
    "LastName": 80,
    "Company": 255,
    "Email": 80,
    "Phone": 40,
    "LeadSource": 255,
    "Industry": 255,
    "Description": 32000,
}
MAX_EMPLOYEES: Final = 99_999_999  # NumberOfEmployees is an 8-digit int

# What marketing-automation syncs put in Salesforce's required fields when a caller gave none.
NOT_PROVIDED: Final = "[not provided]"
DEFAULT_LEAD_SOURCE: Final = "AI Voice Agent"

TIER_ORDER: Final[Mapping[Tier, int]] = {"cold": 0, "warm": 1, "hot": 2}
RATING: Final[Mapping[Tier, str]] = {"hot": "Hot", "warm": "Warm", "cold": "Cold"}

# Our industries onto Salesforce's standard Industry picklist (shared by Lead and Account).
# No standard value exists for real estate, legal, staffing or automotive: those go to
# "Other" and the precise industry is kept in the Description.
SALESFORCE_INDUSTRY: Final[Mapping[Industry, str]] = {
    "real_estate": "Other",
    "legal": "Other",
    "healthcare": "Healthcare",
    "financial_services": "Finance",
    "insurance": "Insurance",
    "software": "Technology",
    "education": "Education",
    "construction": "Construction",
    "manufacturing": "Manufacturing",
    "nonprofit": "Not For Profit",
    "government": "Government",
    "retail": "Retail",
    "marketing_agency": "Media",
    "staffing": "Other",
    "hospitality": "Hospitality",
    "logistics": "Transportation",
    "consulting": "Consulting",
    "media": "Media",
    "automotive": "Other",
    "energy": "Energy",
}

# Consumer mailbox domains say nothing about the caller's company.
FREE_MAIL_DOMAINS: Final = frozenset({
    "gmail.com", "googlemail.com", "yahoo.com", "ymail.com", "hotmail.com", "outlook.com", "live.com",
    "msn.com", "icloud.com", "me.com", "mac.com", "aol.com", "proton.me", "protonmail.com", "gmx.com",
    "gmx.de", "web.de", "mail.com", "yandex.com", "zoho.com", "hey.com", "fastmail.com",
})
_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_PHONE = re.compile(r"^\+?[0-9 ().-]{3,40}$")


class LeadPayload(TypedDict, total=False):
    """The body of a Salesforce Lead create/update, field names as the REST API wants them."""

    FirstName: str
    LastName: str
    Company: str
    Email: str
    Phone: str
    LeadSource: str
    Rating: str
    NumberOfEmployees: int
    Industry: str
    Description: str


def meets_min_tier(tier: Tier, min_tier: Tier) -> bool:
    """True when a lead's tier is at or above the configured minimum for the CRM."""
    return TIER_ORDER[tier] >= TIER_ORDER[min_tier]


def clip(text: str, limit: int) -> str:
    """Collapse whitespace and cut to `limit` characters, marking the cut with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def clip_block(text: str, limit: int) -> str:
    """Cut multi-line text to `limit` characters, keeping its line breaks."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def valid_email(email: str | None) -> str | None:
    """The email if Salesforce would accept it (syntax, 80 chars), else None."""
    if not email:
        return None
    email = email.strip()
    local, _, domain = email.rpartition("@")
    email = f"{local}@{domain.lower()}" if local else email
    if len(email) > FIELD_LIMITS["Email"] or not _EMAIL.fullmatch(email):
        return None
    return email


def valid_phone(phone: str | None) -> str | None:
    if not phone:
        return None
    phone = " ".join(phone.split())
    return phone if _PHONE.fullmatch(phone) and sum(c.isdigit() for c in phone) >= 3 else None


def company_from_email(email: str | None) -> str | None:
    """A work email's domain ("acme.io") stands in for an unnamed company; free mail does not."""
    if not email:
        return None
    domain = email.rpartition("@")[2].lower()
    return None if domain in FREE_MAIL_DOMAINS else domain


def _names(first: str | None, last: str | None) -> tuple[str | None, str]:
    first = " ".join(first.split()) if first else None
    last = " ".join(last.split()) if last else None
    if not last and first and " " in first:
        first, last = first.rsplit(" ", 1)
    return (
        clip(first, FIELD_LIMITS["FirstName"]) if first else None,
        clip(last, FIELD_LIMITS["LastName"]) if last else NOT_PROVIDED,
    )


def describe_lead(record: LeadRecord) -> str:
    """The Description a rep reads: verdict, summary, next step, signals, and the caller's words."""
    signals = record.signals
    lines = [
        f"AI voice agent call {record.session_id}: {record.tier.upper()} lead, score {record.score}/100 "
        f"(scored by {record.method}{f', {record.fallback_reason}' if record.fallback_reason else ''}).",
        "",
        f"Summary: {record.summary}",
        f"Next step: {record.next_step}",
        f"Meeting booked: {'yes' if record.meeting_booked else 'no'}",
        "",
        "Signals:",
        f"- Team size: {signals.team_size if signals.team_size is not None else 'not stated'}",
        f"- Monthly volume: {signals.monthly_volume if signals.monthly_volume is not None else 'not stated'}",
        f"- Urgency: {'yes' if signals.urgency else 'no'}",
        f"- Integrations: {', '.join(signals.integrations) if signals.integrations else 'none stated'}",
        f"- Industry: {signals.industry.replace('_', ' ') if signals.industry else 'not stated'}",
        f"- Fit: {'yes' if record.fit else 'no'}; intent: {'yes' if record.intent else 'no'}"
        + (f"; disqualified: {record.disqualifier.replace('_', ' ')}" if record.disqualifier else ""),
    ]
    if record.reasons:
        lines += ["", "Why (caller's own words):"]
        lines += [f'- {reason.claim}: "{reason.quote}"' for reason in record.reasons]
    bucket = record.source.bucket
    lines += [
        "",
        f"Call ended: {record.call_ended_at.isoformat()}",
        f"Lead record: s3://{bucket}/{lead_key(record.session_id, record.call_ended_at)}",
        f"Raw call: s3://{bucket}/{record.source.key}",
    ]
    return clip_block("\n".join(lines), FIELD_LIMITS["Description"])


def lead_payload(record: LeadRecord, *, lead_source: str = DEFAULT_LEAD_SOURCE) -> LeadPayload:
    """Map a lead record onto a Salesforce Lead; LastName and Company are never empty."""
    contact = record.contact
    email = valid_email(contact.email)
    first, last = _names(contact.first_name, contact.last_name)
    company = (contact.company or "").strip() or company_from_email(email) or NOT_PROVIDED
    payload = LeadPayload(
        LastName=last,
        Company=clip(company, FIELD_LIMITS["Company"]),
        LeadSource=clip(lead_source, FIELD_LIMITS["LeadSource"]) or DEFAULT_LEAD_SOURCE,
        Rating=RATING[record.tier],
        Description=describe_lead(record),
    )
    if first:
        payload["FirstName"] = first
    if email:
        payload["Email"] = email
    if phone := valid_phone(contact.phone):
        payload["Phone"] = phone
    if record.signals.team_size is not None:
        payload["NumberOfEmployees"] = min(record.signals.team_size, MAX_EMPLOYEES)
    if record.signals.industry is not None:
        payload["Industry"] = SALESFORCE_INDUSTRY[record.signals.industry]
    return payload


# -- what a Lead sink is asked and answers (the LeadSink port is in postcall.ports) ----------------------

SaveAction = Literal["created", "updated", "dry_run", "left_converted"]


@dataclass(frozen=True)
class ObjectLocation:
    """The lead record a save comes from; the dry run writes its outbox next to it."""

    bucket: str
    key: str


@dataclass(frozen=True)
class LeadSave:
    """One call's Lead to create or update; `known_lead_id` is the Lead this session made before."""

    session_id: str
    payload: LeadPayload
    source: ObjectLocation
    known_lead_id: str | None = None


@dataclass(frozen=True)
class SavedLead:
    action: SaveAction
    lead_id: str | None = None
    outbox_key: str | None = None


class CrmUnavailable(Exception):
    """The CRM cannot take the Lead now (limits, 5xx, network, auth, config): propagate so Lambda retries."""


class CrmRejected(Exception):
    """The CRM refused the Lead's data: the same record would be refused again. Quarantine it."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
