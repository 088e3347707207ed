"""The Salesforce Lead a rep sees for a lead record: required fields, limits, picklists."""

from pathlib import Path
from typing import Any

import pytest

from postcall.crm import (
    FIELD_LIMITS,
    NOT_PROVIDED,
    SALESFORCE_INDUSTRY,
    lead_payload,
    meets_min_tier,
)
from postcall.lead import LeadRecord
from postcall.vocab import INDUSTRIES, Tier

FIXTURE = Path(__file__).parents[1] / "fixtures" / "salesforce" / "lead_hot.json"
STANDARD_INDUSTRY_PICKLIST = {
    "Agriculture", "Apparel", "Banking", "Biotechnology", "Chemicals", "Communications", "Construction",
    "Consulting", "Education", "Electronics", "Energy", "Engineering", "Entertainment", "Environmental",
    "Finance", "Food & Beverage", "Government", "Healthcare", "Hospitality", "Insurance", "Machinery",
    "Manufacturing", "Media", "Not For Profit", "Other", "Recreation", "Retail", "Shipping", "Technology",
    "Telecommunications", "Transportation", "Utilities",
}


def hot_lead(**changes: Any) -> LeadRecord:
    record = LeadRecord.model_validate_json(FIXTURE.read_text())
    return record.model_copy(update=changes)


def with_contact(**contact: str | None) -> LeadRecord:
    record = hot_lead()
    return record.model_copy(update={"contact": record.contact.model_copy(update=contact)})


def test_hot_lead_maps_every_standard_field() -> None:
    # Given the hot lead record of a booked demo
    record = hot_lead()

    # When it is mapped to a Salesforce Lead
    payload = lead_payload(record, lead_source="Voice AI")

    # Then a rep sees who, which company, how to reach them and how hot they are
    assert payload["FirstName"] == "Dana"
    assert payload["LastName"] == "Ruiz"
    assert payload["Company"] == "Acme Realty"
    assert payload["Email"] == "dana@acme.io"
    assert payload["Phone"] == "+1 415 555 0100"
    assert payload["LeadSource"] == "Voice AI"
    assert payload["Rating"] == "Hot"
    assert payload["NumberOfEmployees"] == 40
    assert payload["Industry"] == "Other"
    # and the Description carries the summary, the signals and the caller's own quotes
    description = payload["Description"]
    assert record.summary in description
    assert "Monthly volume: 300" in description
    assert "Industry: real estate" in description
    assert '"we need this live before the 1st"' in description
    assert "Meeting booked: yes" in description
    assert "leads/year=2026/month=11/day=03/sess-hot-0001.json" in description


@pytest.mark.parametrize(("tier", "rating"), [("hot", "Hot"), ("warm", "Warm"), ("cold", "Cold")])
def test_rating_follows_tier(tier: Tier, rating: str) -> None:
    assert lead_payload(hot_lead(tier=tier))["Rating"] == rating


def test_every_industry_maps_to_a_standard_picklist_value() -> None:
    assert set(SALESFORCE_INDUSTRY) == INDUSTRIES
    assert set(SALESFORCE_INDUSTRY.values()) <= STANDARD_INDUSTRY_PICKLIST


def test_missing_name_and_company_fall_back_to_not_provided() -> None:
    # Given a caller who gave no name, no company and a free-mail address
    record = with_contact(first_name=None, last_name=None, company=None, email="dana.r@gmail.com")

    # When mapped
    payload = lead_payload(record)

    # Then Salesforce's required fields are still filled, and no first name is invented
    assert payload["LastName"] == NOT_PROVIDED
    assert payload["Company"] == NOT_PROVIDED
    assert "FirstName" not in payload


def test_work_email_domain_stands_in_for_missing_company() -> None:
    payload = lead_payload(with_contact(company="  ", email="Dana@Acme.IO"))
    assert payload["Company"] == "acme.io"
    assert payload["Email"] == "Dana@acme.io"


def test_full_name_in_first_name_is_split() -> None:
    payload = lead_payload(with_contact(first_name="Dana Maria Ruiz", last_name=None))
    assert (payload["FirstName"], payload["LastName"]) == ("Dana Maria", "Ruiz")


def test_fields_are_cut_to_salesforce_lengths() -> None:
    # Given a contact whose every field is far too long
    record = with_contact(first_name="F" * 300, last_name="L" * 300, company="C" * 600)
    record = record.model_copy(update={"summary": "s" * 1000, "reasons": record.reasons * 200})

    # When mapped
    payload = lead_payload(record, lead_source="S" * 400)

    # Then no field exceeds its Salesforce limit, so the whole Lead is not rejected
    for field, limit in FIELD_LIMITS.items():
        if field in payload:
            assert len(str(payload[field])) <= limit, field  # type: ignore[literal-required]
    assert payload["LastName"].startswith("LLL") and payload["LastName"].endswith("…")


def test_description_is_capped_at_32000_characters() -> None:
    record = hot_lead()
    long_reasons = [record.reasons[0].model_copy(update={"quote": "q" * 500})] * 100
    payload = lead_payload(record.model_copy(update={"reasons": long_reasons}))
    assert len(payload["Description"]) == FIELD_LIMITS["Description"]


@pytest.mark.parametrize("email", ["not an email", "dana@", "@acme.io", "dana at acme dot io",
                                   "d" * 75 + "@acme.io"])
def test_email_salesforce_would_reject_is_left_out(email: str) -> None:
    payload = lead_payload(with_contact(email=email))
    assert "Email" not in payload
    assert payload["LastName"] == "Ruiz"


def test_garbage_phone_is_left_out() -> None:
    assert "Phone" not in lead_payload(with_contact(phone="call me maybe"))


def test_team_size_is_capped_to_eight_digits() -> None:
    record = hot_lead()
    record = record.model_copy(update={"signals": record.signals.model_copy(update={"team_size": 10**9})})
    assert lead_payload(record)["NumberOfEmployees"] == 99_999_999


def test_no_team_size_or_industry_leaves_the_fields_out() -> None:
    record = hot_lead()
    signals = record.signals.model_copy(update={"team_size": None, "industry": None})
    payload = lead_payload(record.model_copy(update={"signals": signals}))
    assert "NumberOfEmployees" not in payload
    assert "Industry" not in payload


@pytest.mark.parametrize(
    ("tier", "minimum", "synced"),
    [("hot", "warm", True), ("warm", "warm", True), ("cold", "warm", False),
     ("warm", "hot", False), ("cold", "cold", True), ("hot", "hot", True)],
)
def test_tier_threshold(tier: Tier, minimum: Tier, synced: bool) -> None:
    assert meets_min_tier(tier, minimum) is synced
