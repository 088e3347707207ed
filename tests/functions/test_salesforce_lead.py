"""SalesforceLeadFunction end to end: the events/ file, S3/DynamoDB/Secrets Manager on moto,
Salesforce over `responses`. Each test asserts what sales or ops would see."""

import importlib
import json
import logging
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import boto3
import pytest
import responses
from aws_lambda_powertools.utilities import parameters
from moto import mock_aws

from postcall.crm import CrmUnavailable, lead_payload
from postcall.lead import LeadRecord
from tests.fixtures.salesforce.fake_org import FakeSalesforceOrg, error
from tests.lambda_doubles import FakeLambdaContext

# Repeated deliveries do nothing, so they publish no metrics: Powertools warns, which is the point.
pytestmark = pytest.mark.filterwarnings("ignore:No application metrics to publish:UserWarning")

ROOT = Path(__file__).parents[2]
EVENT = json.loads((ROOT / "events" / "salesforce_lead_put_hot.json").read_text())
BUCKET = EVENT["Records"][0]["s3"]["bucket"]["name"]
KEY = "leads/year=2026/month=11/day=20/call-7c41a2e9.json"
SESSION_ID = "call-7c41a2e9"
ENV = json.loads((ROOT / "events" / "env.json").read_text())["SalesforceLeadFunction"]
SECRET = {"consumer_key": "3MVG9-key", "consumer_secret": "s3cr3t-consumer-value", "domain": "acme.my"}
HOT = LeadRecord.model_validate_json((ROOT / "tests/fixtures/salesforce/lead_hot.json").read_text())
HOT = HOT.model_copy(update={"session_id": SESSION_ID})


def Context() -> FakeLambdaContext:
    return FakeLambdaContext("SalesforceLeadFunction", memory_limit_in_mb=256)


@dataclass
class World:
    s3: Any
    org: FakeSalesforceOrg
    monkeypatch: pytest.MonkeyPatch

    def put_lead(self, record: LeadRecord | bytes, key: str = KEY) -> dict[str, Any]:
        """Write a lead record and return the S3 event that announces it (events/ file, real ETag)."""
        body = record if isinstance(record, bytes) else record.model_dump_json().encode()
        etag = self.s3.put_object(Bucket=BUCKET, Key=key, Body=body)["ETag"].strip('"')
        event = json.loads(json.dumps(EVENT))
        obj = event["Records"][0]["s3"]["object"]
        obj.update(key=key.replace("=", "%3D"), eTag=etag, size=len(body))
        return event

    def handler(self, **env: str) -> ModuleType:
        """A cold start of the function with the template's environment plus `env`."""
        for name, value in {**ENV, **env}.items():
            self.monkeypatch.setenv(name, value)
        parameters.clear_caches()
        import functions.salesforce_lead.app as app

        app = importlib.reload(app)
        # Powertools keeps the first handler it made; point it at this test's captured stdout.
        for handler in logging.getLogger(ENV["POWERTOOLS_SERVICE_NAME"]).handlers:
            if isinstance(handler, logging.StreamHandler):
                handler.stream = sys.stdout
        return app

    def keys(self, prefix: str) -> list[str]:
        listing = self.s3.list_objects_v2(Bucket=BUCKET, Prefix=prefix)
        return [item["Key"] for item in listing.get("Contents", [])]

    def json_object(self, key: str) -> Any:
        return json.loads(self.s3.get_object(Bucket=BUCKET, Key=key)["Body"].read())


@pytest.fixture
def world(monkeypatch: pytest.MonkeyPatch) -> Iterator[World]:
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("POWERTOOLS_TRACE_DISABLED", "true")
    with mock_aws():
        s3 = boto3.client("s3")
        s3.create_bucket(Bucket=BUCKET)
        boto3.client("dynamodb").create_table(
            TableName=ENV["IDEMPOTENCY_TABLE"],
            KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
            AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}],
            BillingMode="PAY_PER_REQUEST",
        )
        boto3.client("secretsmanager").create_secret(Name=ENV["SALESFORCE_SECRET_NAME"],
                                                     SecretString=json.dumps(SECRET))
        org = FakeSalesforceOrg()
        with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
            org.register(rsps)
            yield World(s3=s3, org=org, monkeypatch=monkeypatch)
    parameters.clear_caches()


def emf_metrics(stdout: str) -> list[str]:
    names = []
    for line in stdout.splitlines():
        if line.startswith("{") and '"_aws"' in line:
            document = json.loads(line)
            for directive in document["_aws"]["CloudWatchMetrics"]:
                for metric in directive["Metrics"]:
                    values = document[metric["Name"]]
                    total = sum(values) if isinstance(values, list) else values
                    names += [metric["Name"]] * int(total)
    return names


def test_same_event_three_times_creates_exactly_one_lead(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    # Given a hot lead record and the event S3 sends for it
    event = world.put_lead(HOT)
    app = world.handler()

    # When the same event is delivered three times
    results = [app.lambda_handler(event, Context()) for _ in range(3)]

    # Then Salesforce got one create, every delivery reports that same Lead, and it is remembered
    assert len(world.org.creates()) == 1
    lead_id = world.org.creates()[0]
    assert [r["results"][0]["lead_id"] for r in results] == [lead_id] * 3
    assert world.json_object(f"crm-links/{SESSION_ID}.json")["lead_id"] == lead_id
    lead = world.org.leads[lead_id]
    assert (lead["LastName"], lead["Company"], lead["Rating"]) == ("Ruiz", "Acme Realty", "Hot")
    assert emf_metrics(capsys.readouterr().out).count("CrmLeadsCreated") == 1


def test_rescored_lead_updates_the_same_lead(world: World) -> None:
    # Given a lead already synced to Salesforce
    app = world.handler()
    app.lambda_handler(world.put_lead(HOT), Context())

    # When the scorer overwrites the record (new ETag) with a warm verdict
    rescored = HOT.model_copy(update={"tier": "warm", "score": 61, "summary": "Rescored after review."})
    result = app.lambda_handler(world.put_lead(rescored), Context())

    # Then the one Lead is updated in place
    assert len(world.org.leads) == 1
    assert result["results"][0]["action"] == "updated"
    (lead,) = world.org.leads.values()
    assert lead["Rating"] == "Warm"
    assert "Rescored after review." in lead["Description"]


def test_late_event_for_an_older_version_does_not_sync_again(world: World) -> None:
    # Given the first version's event arrives only after the second version was synced
    app = world.handler()
    late = world.put_lead(HOT)
    app.lambda_handler(world.put_lead(HOT.model_copy(update={"score": 90})), Context())

    # When the late event is delivered
    app.lambda_handler(late, Context())

    # Then nothing more happens in Salesforce: the latest version was already synced
    assert len(world.org.creates()) == 1
    assert [op for op, _ in world.org.calls if op in ("create", "update")] == ["create"]


def test_cold_lead_below_the_minimum_tier_is_skipped(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    # Given a cold lead and the default minimum tier (warm)
    cold = HOT.model_copy(update={"tier": "cold", "fit": False, "intent": False, "score": 12})
    event = world.put_lead(cold)

    # When the function runs
    result = world.handler().lambda_handler(event, Context())

    # Then no Lead is created and the skip is counted
    assert result["results"][0]["action"] == "skipped"
    assert world.org.calls == [] and world.org.grants == []
    assert "CrmSkipped" in emf_metrics(capsys.readouterr().out)


def test_hot_only_minimum_skips_warm_leads(world: World) -> None:
    event = world.put_lead(HOT.model_copy(update={"tier": "warm"}))
    result = world.handler(CRM_MIN_TIER="hot").lambda_handler(event, Context())
    assert result["results"][0]["action"] == "skipped"
    assert world.org.creates() == []


@pytest.mark.parametrize("secret_name", ["", "postcall/not-created"], ids=["no_secret_name", "secret_absent"])
def test_without_credentials_the_exact_payload_goes_to_the_outbox(
    world: World, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture, secret_name: str
) -> None:
    # Given no Salesforce credentials configured
    event = world.put_lead(HOT)
    app = world.handler(SALESFORCE_SECRET_NAME=secret_name)

    # When the function runs
    result = app.lambda_handler(event, Context())

    # Then the exact Lead payload it would send is under crm-outbox/, and nothing reached Salesforce
    assert result["results"][0]["action"] == "dry_run"
    assert world.json_object(f"crm-outbox/{SESSION_ID}.json") == dict(lead_payload(HOT))
    assert world.org.grants == [] and world.org.calls == []
    assert any(record.getMessage().startswith("dry run") for record in caplog.records)
    assert "CrmDryRuns" in emf_metrics(capsys.readouterr().out)


def test_external_id_field_upserts_on_the_session_id(world: World) -> None:
    # Given the org has a Session_Id__c external-id field configured
    app = world.handler(SALESFORCE_EXTERNAL_ID_FIELD="Session_Id__c")

    # When the lead is synced, then rescored
    app.lambda_handler(world.put_lead(HOT), Context())
    app.lambda_handler(world.put_lead(HOT.model_copy(update={"score": 95})), Context())

    # Then one Lead carries the session id, and the writes were upserts or updates by id
    (lead,) = world.org.leads.values()
    assert lead["Session_Id__c"] == SESSION_ID
    assert len(world.org.creates()) == 1


def test_open_lead_with_the_callers_email_is_updated(world: World) -> None:
    existing = world.org.add_lead(LastName="Ruiz", Company="Acme", Email="dana@acme.io", Rating="Cold")
    result = world.handler().lambda_handler(world.put_lead(HOT), Context())
    assert result["results"][0] == {**result["results"][0], "action": "updated", "lead_id": existing}
    assert world.org.leads[existing]["Rating"] == "Hot"
    assert world.org.creates() == []


def test_duplicates_detected_links_to_the_existing_lead(world: World) -> None:
    # Given a duplicate rule and a matching Lead the email search does not return (e.g. sharing rules)
    world.org.duplicate_rule = True
    existing = world.org.add_lead(LastName="Ruiz", Company="Acme", Email="dana@acme.io")
    world.org.fail_next("query", (200, {}, '{"totalSize": 0, "done": true, "records": []}'))

    # When the function runs
    result = world.handler().lambda_handler(world.put_lead(HOT), Context())

    # Then it updates and remembers the matched Lead instead of failing
    assert result["results"][0]["lead_id"] == existing
    assert world.json_object(f"crm-links/{SESSION_ID}.json")["lead_id"] == existing
    assert world.org.creates() == []


def test_expired_session_reauthenticates_and_the_lead_is_created(world: World) -> None:
    # Given a warm function whose Salesforce session has since expired
    app = world.handler()
    app.lambda_handler(world.put_lead(HOT), Context())
    world.org.expire_sessions()
    other = HOT.model_copy(update={"session_id": "call-2", "contact": HOT.contact.model_copy(
        update={"email": "kim@beta.io"})})

    # When the next lead arrives
    result = app.lambda_handler(world.put_lead(other, key="leads/year=2026/month=11/day=20/call-2.json"),
                                Context())

    # Then the function logged in again and created the Lead
    assert result["results"][0]["action"] == "created"
    assert len(world.org.grants) == 2
    assert len(world.org.creates()) == 2


def test_request_limit_propagates_then_the_retry_creates_one_lead(world: World) -> None:
    # Given Salesforce answers REQUEST_LIMIT_EXCEEDED once
    event = world.put_lead(HOT)
    app = world.handler()
    world.org.fail_next("create", error(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded."))

    # When the event fails and Lambda retries it
    with pytest.raises(CrmUnavailable):
        app.lambda_handler(event, Context())
    result = app.lambda_handler(event, Context())

    # Then the retry went through and exactly one Lead exists
    assert result["results"][0]["action"] == "created"
    assert len(world.org.creates()) == 1
    assert world.keys("quarantine/") == []


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"{not json", "invalid_json"),
        (b'{"schema_version": "1.0", "session_id": "call-7c41a2e9"}', "schema_violation"),
        (b"[]", "schema_violation"),
        (b"\xff\xfe\x00garbage", "invalid_json"),
    ],
    ids=["not_json", "missing_fields", "wrong_root", "not_utf8"],
)
def test_malformed_lead_record_is_quarantined_not_retried(world: World, body: bytes, reason: str) -> None:
    # Given a lead object that is not a valid lead record
    event = world.put_lead(body)

    # When the function runs
    result = world.handler().lambda_handler(event, Context())

    # Then it returns normally (no retry), the object is in quarantine/ with the reason,
    # and nothing reached Salesforce
    assert result["results"][0]["action"] == "quarantined"
    assert world.keys("quarantine/") == [f"quarantine/{KEY}"]
    metadata = world.s3.head_object(Bucket=BUCKET, Key=f"quarantine/{KEY}")["Metadata"]
    assert metadata["quarantine-reason"].startswith(reason)
    assert world.org.calls == []


def test_record_whose_session_id_is_not_its_file_name_is_quarantined(world: World) -> None:
    event = world.put_lead(HOT.model_copy(update={"session_id": "someone-else"}))
    result = world.handler().lambda_handler(event, Context())
    assert result["results"][0]["reason"].startswith("session_id_mismatch")
    assert world.org.calls == []


def test_salesforce_rejection_is_quarantined_with_the_reason(world: World) -> None:
    # Given an org whose validation demands a field we do not have
    world.org.fail_next("create", error(400, "REQUIRED_FIELD_MISSING", "Required", ["Region__c"]))

    # When the function runs
    result = world.handler().lambda_handler(world.put_lead(HOT), Context())

    # Then the record is quarantined with the Salesforce error code and field, not retried
    assert result["results"][0]["action"] == "quarantined"
    metadata = world.s3.head_object(Bucket=BUCKET, Key=f"quarantine/{KEY}")["Metadata"]
    reason = "salesforce rejected the lead: REQUIRED_FIELD_MISSING on Region__c"
    assert metadata["quarantine-reason"] == reason


def test_logs_carry_no_contact_details(
    world: World, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    # Given a full run: create, rescore, a duplicate event and a dry run
    app = world.handler()
    app.lambda_handler(world.put_lead(HOT), Context())
    app.lambda_handler(world.put_lead(HOT.model_copy(update={"score": 91})), Context())
    world.handler(SALESFORCE_SECRET_NAME="").lambda_handler(world.put_lead(HOT), Context())

    # Then the logs name sessions and Lead ids, never the caller's name, email, phone or words
    # (every record with its structured keys, whichever handler it reached)
    out = capsys.readouterr().out + "\n".join(str(vars(record)) for record in caplog.records)
    assert SESSION_ID in out
    for private in ("Dana", "Ruiz", "dana@acme.io", "415 555", "Acme Realty", "before the 1st",
                    "s3cr3t-consumer-value", "00Dtoken"):
        assert private not in out, private


def test_empty_secret_means_dry_run(world: World) -> None:
    # Given the deployment created the secret but nobody filled it in yet
    boto3.client("secretsmanager").put_secret_value(SecretId=ENV["SALESFORCE_SECRET_NAME"], SecretString="{}")

    # When a lead arrives
    result = world.handler().lambda_handler(world.put_lead(HOT), Context())

    # Then it is recorded in the outbox, not sent
    assert result["results"][0]["action"] == "dry_run"
    assert world.keys("crm-outbox/") == [f"crm-outbox/{SESSION_ID}.json"]


def test_secret_that_is_not_json_fails_the_cold_start_without_echoing_it(world: World) -> None:
    boto3.client("secretsmanager").put_secret_value(SecretId=ENV["SALESFORCE_SECRET_NAME"],
                                                    SecretString="hunter2-not-json")
    with pytest.raises(CrmUnavailable, match="not a JSON object") as info:
        world.handler()
    assert "hunter2" not in str(info.value)


def test_incomplete_secret_propagates_naming_the_missing_keys(world: World) -> None:
    # Given a secret for client credentials without the consumer secret
    boto3.client("secretsmanager").put_secret_value(
        SecretId=ENV["SALESFORCE_SECRET_NAME"], SecretString=json.dumps({"consumer_key": "3MVG9-key",
                                                                         "domain": "acme.my"}))
    event = world.put_lead(HOT)

    # When a lead arrives, Then the invocation fails for retry/DLQ and says what to fix
    with pytest.raises(CrmUnavailable, match="needs consumer_secret") as info:
        world.handler().lambda_handler(event, Context())
    assert "3MVG9-key" not in str(info.value)
    assert world.org.calls == [] and world.keys("quarantine/") == []
