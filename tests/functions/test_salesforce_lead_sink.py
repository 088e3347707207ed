"""SalesforceLeadSink against an org emulated over `responses`: auth flows, dedupe, faults."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest
import requests
import responses
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from postcall.adapters.salesforce import SalesforceCredentials, SalesforceLeadSink
from postcall.crm import (
    NOT_PROVIDED,
    CrmRejected,
    CrmUnavailable,
    LeadPayload,
    LeadSave,
    ObjectLocation,
    lead_payload,
)
from postcall.lead import LeadRecord
from tests.fixtures.salesforce.fake_org import INSTANCE_HOST, FakeSalesforceOrg, error

FIXTURES = Path(__file__).parents[1] / "fixtures" / "salesforce"
LEAD = LeadRecord.model_validate_json((FIXTURES / "lead_hot.json").read_text())
CLIENT_CREDENTIALS = {"consumer_key": "ck", "consumer_secret": "cs", "domain": "acme.my"}


@pytest.fixture
def org() -> Iterator[FakeSalesforceOrg]:
    fake = FakeSalesforceOrg()
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        fake.register(rsps)
        yield fake


def sink_for(secret: dict[str, Any], *, external_id_field: str | None = None,
             reads: list[bool] | None = None) -> SalesforceLeadSink:
    credentials = SalesforceCredentials.model_validate(secret)

    def source(force_fetch: bool) -> SalesforceCredentials:
        if reads is not None:
            reads.append(force_fetch)
        return credentials

    return SalesforceLeadSink(source, external_id_field=external_id_field)


def payload_with(**fields: Any) -> LeadPayload:
    """The hot lead's payload with some fields replaced, as a caller-supplied payload would be."""
    return cast(LeadPayload, {**lead_payload(LEAD), **fields})


def save_of(payload: LeadPayload | None = None, *, known_lead_id: str | None = None) -> LeadSave:
    return LeadSave(
        session_id=LEAD.session_id,
        payload=payload if payload is not None else lead_payload(LEAD),
        source=ObjectLocation("bucket", f"leads/{LEAD.session_id}.json"),
        known_lead_id=known_lead_id,
    )


def rsa_private_key() -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption()).decode()


@pytest.mark.parametrize(
    ("secret", "grant"),
    [
        ({"username": "api@acme.io", "consumer_key": "ck", "private_key": "<key>"},
         "urn:ietf:params:oauth:grant-type:jwt-bearer"),
        (CLIENT_CREDENTIALS, "client_credentials"),
        ({"username": "u@acme.io.sandbox", "password": "pw", "consumer_key": "ck", "consumer_secret": "cs",
          "domain": "test"}, "password"),
    ],
    ids=["jwt", "client_credentials", "password"],
)
def test_each_oauth_flow_logs_in_and_creates_the_lead(org: FakeSalesforceOrg, secret: dict[str, Any],
                                                      grant: str) -> None:
    # Given a secret for one of the supported OAuth flows
    if secret.get("private_key") == "<key>":
        secret = {**secret, "private_key": rsa_private_key()}

    # When a new lead is saved
    saved = sink_for(secret).save(save_of())

    # Then the sink logged in with that grant and created one Lead with the mapped fields
    assert org.grants == [grant]
    assert saved.action == "created"
    assert org.creates() == [saved.lead_id]
    assert org.leads[str(saved.lead_id)]["LastName"] == "Ruiz"
    assert org.leads[str(saved.lead_id)]["Rating"] == "Hot"


def test_bare_session_id_needs_no_login(org: FakeSalesforceOrg) -> None:
    # Given a secret holding an access token and the instance URL
    token = org.issue_token()
    sink = sink_for({"session_id": token, "instance_url": f"https://{INSTANCE_HOST}"})

    # When a lead is saved
    saved = sink.save(save_of())

    # Then it is created without any call to the token endpoint
    assert org.grants == []
    assert saved.action == "created"


def test_incomplete_secret_names_what_is_missing_without_values() -> None:
    with pytest.raises(ValueError, match="needs consumer_secret") as info:
        SalesforceCredentials.model_validate({"consumer_key": "very-secret-key", "domain": "acme.my"})
    assert "very-secret-key" not in str(info.value)


def test_expired_session_reauthenticates_once_with_a_fresh_secret_and_retries(org: FakeSalesforceOrg) -> None:
    # Given a sink with a live session that then expires
    reads: list[bool] = []
    sink = sink_for(CLIENT_CREDENTIALS, reads=reads)
    sink.save(save_of())
    org.expire_sessions()

    # When the next lead is saved
    other = save_of(payload_with(Email="kim@beta.io", LastName="Kim"))
    saved = sink.save(other)

    # Then the sink re-read the secret, logged in again and the Lead was created
    assert reads == [False, True]
    assert org.grants == ["client_credentials", "client_credentials"]
    assert saved.action == "created"
    assert len(org.creates()) == 2


def test_session_still_invalid_after_reauth_is_transient(org: FakeSalesforceOrg) -> None:
    # Given an org that refuses the session twice in a row
    org.fail_next("any", error(401, "INVALID_SESSION_ID"))
    org.fail_next("any", error(401, "INVALID_SESSION_ID"))
    org.fail_next("any", error(401, "INVALID_SESSION_ID"))

    # When a lead is saved, Then the error propagates for Lambda to retry, and nothing was created
    with pytest.raises(CrmUnavailable, match="after re-authentication"):
        sink_for(CLIENT_CREDENTIALS).save(save_of())
    assert org.creates() == []
    assert org.grants == ["client_credentials", "client_credentials"]


@pytest.mark.parametrize(
    "reply",
    [error(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded."),
     error(503, "SERVER_UNAVAILABLE"),
     error(500, "UNKNOWN_EXCEPTION")],
    ids=["request_limit", "503", "500"],
)
def test_limits_and_server_errors_propagate_as_transient(org: FakeSalesforceOrg,
                                                         reply: tuple[int, dict[str, str], str]) -> None:
    org.fail_next("create", reply)
    with pytest.raises(CrmUnavailable):
        sink_for(CLIENT_CREDENTIALS).save(save_of())
    assert org.creates() == []


def test_bad_credentials_are_transient_not_quarantined(org: FakeSalesforceOrg) -> None:
    org.fail_next("token", (400, {"Content-Type": "application/json"},
                            '{"error": "invalid_client", "error_description": "invalid client credentials"}'))
    with pytest.raises(CrmUnavailable, match="login failed"):
        sink_for(CLIENT_CREDENTIALS).save(save_of())


def test_external_id_upsert_creates_then_updates_the_same_lead(org: FakeSalesforceOrg) -> None:
    # Given a sink that upserts on Session_Id__c
    sink = sink_for(CLIENT_CREDENTIALS, external_id_field="Session_Id__c")

    # When the same session is saved twice (first scoring, then a rescore)
    first = sink.save(save_of())
    second = sink.save(save_of(payload_with(Rating="Warm")))

    # Then one Lead exists, keyed by the session id, holding the rescored rating
    assert (first.action, second.action) == ("created", "updated")
    assert first.lead_id == second.lead_id
    assert len(org.leads) == 1
    lead = org.leads[str(first.lead_id)]
    assert lead["Session_Id__c"] == LEAD.session_id
    assert lead["Rating"] == "Warm"


def test_open_lead_with_the_same_email_is_updated_not_duplicated(org: FakeSalesforceOrg) -> None:
    # Given an open Lead already holding the caller's email (case differs)
    existing = org.add_lead(LastName="Ruiz", Company="Acme", Email="DANA@acme.io")

    # When the call's lead is saved
    saved = sink_for(CLIENT_CREDENTIALS).save(save_of())

    # Then that Lead is updated and no second Lead appears
    assert saved.action == "updated"
    assert saved.lead_id == existing
    assert org.creates() == []
    assert org.leads[existing]["Rating"] == "Hot"


def test_email_lookup_escapes_quotes(org: FakeSalesforceOrg) -> None:
    # Given an email with a quote that would break naive SOQL
    payload = payload_with(Email="o'brien@acme.io")
    existing = org.add_lead(LastName="O'Brien", Company="Acme", Email="o'brien@acme.io")

    # When saved, Then the escaped query finds the open Lead
    saved = sink_for(CLIENT_CREDENTIALS).save(save_of(payload))
    assert saved.lead_id == existing
    assert any(op == "query" and "o\\'brien@acme.io" in soql for op, soql in org.calls)


def test_converted_lead_with_the_same_email_is_not_reused(org: FakeSalesforceOrg) -> None:
    org.add_lead(LastName="Ruiz", Company="Acme", Email="dana@acme.io", IsConverted=True)
    saved = sink_for(CLIENT_CREDENTIALS).save(save_of())
    assert saved.action == "created"
    assert len(org.leads) == 2


def test_duplicates_detected_updates_the_matched_lead(org: FakeSalesforceOrg) -> None:
    # Given an org whose duplicate rule matches on email, and a Lead the email query cannot see
    org.duplicate_rule = True
    existing = org.add_lead(LastName="Ruiz", Company="Acme", Email="dana@acme.io")
    payload = lead_payload(LEAD)
    payload.pop("Email")
    payload["Email"] = "Dana@acme.io"
    org.fail_next("query", (200, {"Content-Type": "application/json"},
                            '{"totalSize": 0, "done": true, "records": []}'))

    # When the create hits DUPLICATES_DETECTED
    saved = sink_for(CLIENT_CREDENTIALS).save(save_of(payload))

    # Then the sink links to the matched Lead and updates it instead of failing
    assert (saved.action, saved.lead_id) == ("updated", existing)
    assert org.creates() == []
    assert org.leads[existing]["Rating"] == "Hot"


def test_duplicates_detected_on_upsert_stamps_the_external_id(org: FakeSalesforceOrg) -> None:
    org.duplicate_rule = True
    existing = org.add_lead(LastName="Ruiz", Company="Acme", Email="dana@acme.io")
    sink = sink_for(CLIENT_CREDENTIALS, external_id_field="Session_Id__c")

    saved = sink.save(save_of())
    again = sink.save(save_of())

    assert saved.lead_id == existing == again.lead_id
    assert org.leads[existing]["Session_Id__c"] == LEAD.session_id
    assert org.creates() == []


def test_known_lead_id_is_preferred_over_any_lookup(org: FakeSalesforceOrg) -> None:
    remembered = org.add_lead(LastName="Ruiz", Company="Acme", Email="other@acme.io")
    saved = sink_for(CLIENT_CREDENTIALS).save(save_of(known_lead_id=remembered))
    assert (saved.action, saved.lead_id) == ("updated", remembered)
    assert not any(op == "query" for op, _ in org.calls)


def test_deleted_known_lead_falls_back_to_dedupe(org: FakeSalesforceOrg) -> None:
    saved = sink_for(CLIENT_CREDENTIALS).save(save_of(known_lead_id="00Q000000000000999"))
    assert saved.action == "created"


def test_converted_known_lead_is_left_alone(org: FakeSalesforceOrg) -> None:
    converted = org.add_lead(LastName="Ruiz", Company="Acme", IsConverted=True, Rating="Warm")
    saved = sink_for(CLIENT_CREDENTIALS).save(save_of(known_lead_id=converted))
    assert saved.action == "left_converted"
    assert org.leads[converted]["Rating"] == "Warm"
    assert org.creates() == []


def test_invalid_email_is_dropped_and_the_lead_still_created(org: FakeSalesforceOrg) -> None:
    # Given a payload whose email Salesforce refuses
    payload = payload_with(Email="dana@acme")

    # When saved
    saved = sink_for(CLIENT_CREDENTIALS).save(save_of(payload))

    # Then the Lead exists without the email rather than not at all
    assert saved.action == "created"
    assert "Email" not in org.leads[str(saved.lead_id)]


def test_restricted_lead_source_is_dropped(org: FakeSalesforceOrg) -> None:
    org.restricted_lead_sources = {"Web", "Phone Inquiry"}
    saved = sink_for(CLIENT_CREDENTIALS).save(save_of())
    assert "LeadSource" not in org.leads[str(saved.lead_id)]


def test_required_field_missing_is_rejected_with_the_reason(org: FakeSalesforceOrg) -> None:
    # Given an org that demands a field this pipeline does not have
    org.fail_next("create", error(400, "REQUIRED_FIELD_MISSING", "Required fields are missing: [Region__c]",
                                  ["Region__c"]))

    # When saved, Then the rejection is permanent and names the code and field, not the data
    with pytest.raises(CrmRejected) as info:
        sink_for(CLIENT_CREDENTIALS).save(save_of())
    assert info.value.reason == "salesforce rejected the lead: REQUIRED_FIELD_MISSING on Region__c"


def test_string_too_long_on_a_required_field_is_rejected(org: FakeSalesforceOrg) -> None:
    payload = payload_with(LastName="L" * 81)
    with pytest.raises(CrmRejected, match="STRING_TOO_LONG on LastName"):
        sink_for(CLIENT_CREDENTIALS).save(save_of(payload))
    assert org.creates() == []


def test_adopted_lead_keeps_its_name_company_and_source(org: FakeSalesforceOrg) -> None:
    # Given a Lead marketing created, and a call where the caller gave only their email
    existing = org.add_lead(FirstName="Dana", LastName="Ruiz", Company="Acme Realty", Email="dana@acme.io",
                            LeadSource="Web")
    anonymous = payload_with(LastName=NOT_PROVIDED, Company=NOT_PROVIDED)
    anonymous.pop("FirstName")

    # When the call's lead is saved
    saved = sink_for(CLIENT_CREDENTIALS).save(save_of(anonymous))

    # Then the rating and call notes are updated, but no placeholder or source overwrites theirs
    lead = org.leads[existing]
    assert saved.lead_id == existing
    assert (lead["LastName"], lead["Company"], lead["LeadSource"]) == ("Ruiz", "Acme Realty", "Web")
    assert lead["Rating"] == "Hot"
    assert LEAD.summary in lead["Description"]


@pytest.mark.parametrize("failure", [requests.ConnectionError("reset"), requests.ReadTimeout("slow")],
                         ids=["connection_reset", "read_timeout"])
def test_network_failures_are_transient(org: FakeSalesforceOrg, failure: Exception) -> None:
    org.fail_next("create", failure)
    with pytest.raises(CrmUnavailable, match="unreachable"):
        sink_for(CLIENT_CREDENTIALS).save(save_of())
    assert org.creates() == []


def test_every_call_has_a_timeout_login_included(org: FakeSalesforceOrg) -> None:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        org.register(rsps)
        sink_for(CLIENT_CREDENTIALS).save(save_of())
        timeouts = [call.request.req_kwargs["timeout"] for call in rsps.calls]  # type: ignore[attr-defined]
    assert len(timeouts) >= 3  # token, email query, create
    assert all(timeout == 10.0 for timeout in timeouts)
