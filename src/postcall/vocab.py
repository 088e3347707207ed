"""Closed vocabularies from the labelling rules: the only values a signal may take."""

from typing import Literal, get_args

Integration = Literal[
    "salesforce", "hubspot", "pipedrive", "zoho", "microsoft_dynamics", "google_drive", "dropbox",
    "box", "onedrive", "sharepoint", "slack", "microsoft_teams", "zapier", "quickbooks", "xero",
    "stripe", "paypal", "gmail", "outlook", "notion", "monday", "airtable",
]
Industry = Literal[
    "real_estate", "legal", "healthcare", "financial_services", "insurance", "software", "education",
    "construction", "manufacturing", "nonprofit", "government", "retail", "marketing_agency",
    "staffing", "hospitality", "logistics", "consulting", "media", "automotive", "energy",
]
Disqualifier = Literal[
    "student", "job_seeker", "vendor_pitch", "wrong_number", "spam", "abusive", "competitor",
    "support_only", "no_speech",
]
Tier = Literal["hot", "warm", "cold"]

INTEGRATIONS: frozenset[str] = frozenset(get_args(Integration))
INDUSTRIES: frozenset[str] = frozenset(get_args(Industry))
DISQUALIFIERS: frozenset[str] = frozenset(get_args(Disqualifier))
