"""Outside systems failing (SNS, DynamoDB, Secrets Manager, the LLM, Salesforce), end to end on moto.

Transient failures propagate: Lambda retries, then the event waits in the function's DLQ, and nothing
happens twice when it is redriven. Bad data is quarantined or fixed, never retried for ever.
"""

import json

import pytest

from scripts.ops.redrive import redrive
from tests.fixtures.salesforce.fake_org import error
from tests.reliability.pipeline import (
    InProcessInvoker,
    Pipeline,
    client_error,
    connect_timeout,
    verdict_answer,
)
from tests.reliability.test_reliability_delivery import COLD_KEY, HOT_KEY, HOT_LEAD, WARM_KEY, sample

WARM_LEAD = "leads/year=2026/month=11/day=20/call-b3d05f18.json"
COLD_LEAD = "leads/year=2026/month=11/day=20/call-e96a0c74.json"


def fail_every_attempt(pipeline: Pipeline, service: str, operation: str, code: str) -> None:
    """The operation fails on every attempt of one async event (1 + 2 retries)."""
    pipeline.faults.next(service, operation, *[client_error(code, operation) for _ in range(3)])


# --- SNS --------------------------------------------------------------------------------------------------


def test_sns_connection_blips_are_retried_by_the_sdk_and_alert_once(pipeline: Pipeline):
    # Given SNS cannot be reached twice in a row
    pipeline.put(HOT_KEY, sample("hot"))
    pipeline.faults.next("sns", "Publish", connect_timeout(), connect_timeout())

    # When the hot call is scored
    [score, *_] = pipeline.drain()

    # Then the SDK's retries got the one alert through within the first invocation
    assert (score.attempts, score.error) == (1, None)
    assert len(pipeline.alerts()) == 1


def test_sns_throttled_past_every_retry_goes_to_the_dlq_and_redrive_alerts_once(pipeline: Pipeline):
    # Given SNS throttles every attempt of the hot call's event
    pipeline.put(HOT_KEY, sample("hot"))
    fail_every_attempt(pipeline, "sns", "Publish", "Throttling")

    # When the event is delivered and Lambda gives up after its retries
    [score, *_] = pipeline.drain()

    # Then no alert went out, the event waits in the DLQ with the error, and the lead record is there
    # (written before the alert, so sales' CRM Lead is not held up by SNS)
    assert score.attempts == 3 and pipeline.alerts() == []
    [dead] = pipeline.dead_letters("score")
    assert dead["requestContext"]["condition"] == "RetriesExhausted"
    assert dead["responsePayload"]["errorType"] == "ClientError"
    assert pipeline.keys("leads/") == [HOT_LEAD]
    assert len(pipeline.crm_creates()) == 1

    # When SNS recovers and ops redrive the DLQ twice (a second run finds it empty)
    invoker = InProcessInvoker(pipeline, "score")
    moved = redrive(pipeline.sqs, pipeline.dlq_urls["score"], invoker) + redrive(
        pipeline.sqs, pipeline.dlq_urls["score"], invoker)
    pipeline.drain()

    # Then exactly one alert, no second LLM call, the DLQ is empty, and still one Salesforce Lead
    assert moved == 1
    assert len(pipeline.alerts()) == 1
    assert len(pipeline.llm.requests) == 1
    assert pipeline.dead_letters("score") == []
    assert len(pipeline.crm_creates()) == 1


# --- DynamoDB and Secrets Manager ---------------------------------------------------------------------------


def test_idempotency_table_unavailable_means_no_effect_and_the_dlq(pipeline: Pipeline):
    # Given the idempotency table is throttled for every attempt
    pipeline.put(HOT_KEY, sample("hot"))
    fail_every_attempt(pipeline, "dynamodb", "PutItem", "ProvisionedThroughputExceededException")

    # When the event is delivered
    [score] = pipeline.drain()

    # Then nothing was done without its guard (no LLM call, no record, no alert) and the DLQ has it
    assert score.attempts == 3
    assert pipeline.llm.requests == [] and pipeline.keys("leads/") == [] and pipeline.alerts() == []
    assert len(pipeline.dead_letters("score")) == 1


def test_secrets_manager_throttled_is_retried_not_scored_by_rules(pipeline: Pipeline):
    # Given Secrets Manager throttles the first read of the OpenAI key
    pipeline.put(HOT_KEY, sample("hot"))
    pipeline.faults.next("secretsmanager", "GetSecretValue",
                         client_error("ThrottlingException", "GetSecretValue"))

    # When the event is delivered
    [score, *_] = pipeline.drain()

    # Then the retry read the key and scored with the LLM (a blip does not downgrade a call to rules)
    assert score.attempts == 2
    assert pipeline.lead(HOT_LEAD).method == "llm"
    assert len(pipeline.alerts()) == 1


# --- The LLM ------------------------------------------------------------------------------------------------
# Timeouts, 429, 500, malformed JSON, refusal and off-schema answers are in tests/functions/test_score_lead.py
# (test_llm_failure_still_yields_a_rules_lead_record); here, answers that pass the schema but not reality.


ABSURD = {
    "fit": True, "intent": True, "disqualifier": None, "team_size": 900_000_000, "monthly_volume": -5,
    "urgency": True, "integrations": ["salesforce", "hubspot", "zapier"], "industry": "government",
    "contact": {"first_name": "X" * 5_000, "last_name": "Robert'); DROP TABLE Leads;--",
                "email": "not-an-email", "company": "Y" * 5_000, "phone": "call me maybe"},
    "summary": "Hot hot hot. " * 5_000,
    "next_step": "Wire the money. " * 1_000,
    "reasons": [{"fact": "team_size", "claim": "900 million", "quote": "we have 900 million agents"}] * 500,
}


def test_schema_valid_but_absurd_llm_answer_cannot_distort_the_lead(pipeline: Pipeline):
    # Given the warm call and an LLM answering a schema-valid but absurd verdict
    pipeline.llm.default = verdict_answer(ABSURD)
    pipeline.put(WARM_KEY, sample("warm"))

    # When it is scored and synced
    pipeline.drain()

    # Then the lead record is written and stays warm: absurd numbers and invented contact details had no
    # verified caller quote, prose is cut to the record's limits, and the CRM got a valid Lead
    lead = pipeline.lead(WARM_LEAD)
    assert (lead.tier, lead.method) == ("warm", "llm")
    assert lead.signals.team_size != 900_000_000 and lead.signals.monthly_volume != -5
    assert "hubspot" not in lead.signals.integrations and lead.signals.industry != "government"
    assert lead.contact.first_name is None or len(lead.contact.first_name) < 100
    assert lead.contact.email != "not-an-email"
    assert len(lead.summary) <= 1000 and len(lead.next_step) <= 300
    assert all(reason.source == "rules" for reason in lead.reasons)
    assert len(pipeline.crm_creates()) == 1 and pipeline.alerts() == []
    assert pipeline.quarantined() == {} and pipeline.dead_letters("score") == []


def test_a_verified_quote_with_an_unrelated_number_cannot_carry_an_absurd_size(pipeline: Pipeline):
    # Given a caller with no size or volume, and an LLM claiming 900 million people on "since 2009"
    document = json.loads(sample("cold"))
    document["transcript"] = [
        {"role": "user", "text": "Hi, I run a small accounting office, we've been around since 2009."},
        {"role": "user", "text": "Can I get a demo this week? We need something by Friday."},
    ]
    document["tool_calls"] = []
    pipeline.put(COLD_KEY, json.dumps(document).encode())
    claim = {"fact": "team_size", "claim": "900 million", "quote": "we've been around since 2009"}
    pipeline.llm.default = verdict_answer(ABSURD | {"reasons": [claim]})

    # When it is scored
    pipeline.drain()

    # Then the size is not taken from a year, and the call is not hot
    lead = pipeline.lead(COLD_LEAD)
    assert lead.signals.team_size != 900_000_000
    assert lead.tier != "hot" and pipeline.alerts() == []


# --- Salesforce -----------------------------------------------------------------------------------------
# Single-call behaviour (expired session, one REQUEST_LIMIT_EXCEEDED, 5xx, duplicates, field errors) is tested
# on the sink in tests/functions/test_salesforce_lead_sink.py; here, the end state of the whole pipeline.


@pytest.mark.parametrize(
    "reply",
    [error(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded."), error(503, "SERVER_UNAVAILABLE"),
     error(500, "UNKNOWN_EXCEPTION")],
    ids=["request-limit", "503", "500"],
)
def test_salesforce_down_for_every_retry_goes_to_the_dlq_and_redrive_creates_one_lead(
    pipeline: Pipeline, reply: tuple[int, dict[str, str], str]
) -> None:
    # Given Salesforce refuses every attempt of the hot call's Lead
    pipeline.put(HOT_KEY, sample("hot"))
    for _ in range(3):
        pipeline.org.fail_next("create", reply)

    # When everything is delivered
    pipeline.drain()

    # Then sales still got the alert and the lead record, the CRM event waits in its DLQ, no Lead exists
    assert len(pipeline.alerts()) == 1 and pipeline.keys("leads/") == [HOT_LEAD]
    [dead] = pipeline.dead_letters("crm")
    assert dead["responsePayload"]["errorType"] == "CrmUnavailable"
    assert pipeline.crm_creates() == [] and pipeline.quarantined() == {}

    # When Salesforce is back and ops redrive the DLQ
    assert redrive(pipeline.sqs, pipeline.dlq_urls["crm"], InProcessInvoker(pipeline, "crm")) == 1

    # Then exactly one Lead exists and the DLQ is empty
    assert len(pipeline.crm_creates()) == 1
    assert pipeline.dead_letters("crm") == []


def test_expired_salesforce_session_logs_in_again_without_retrying_the_event(pipeline: Pipeline):
    # Given a warm function whose Salesforce session expired since the last call
    pipeline.put(WARM_KEY, sample("warm"))
    pipeline.drain()
    pipeline.org.expire_sessions()

    # When the hot call arrives
    pipeline.put(HOT_KEY, sample("hot"))
    invocations = pipeline.drain()

    # Then the sink logged in again inside the same attempt and created the Lead
    assert all(i.attempts == 1 for i in invocations)
    assert len(pipeline.org.grants) == 2 and len(pipeline.crm_creates()) == 2


@pytest.mark.parametrize(
    ("reply", "outcome"),
    [
        (error(400, "STRING_TOO_LONG", "Description: data value too large", ["Description"]), "created"),
        (error(400, "INVALID_EMAIL_ADDRESS", "Email: invalid email address", ["Email"]), "created"),
        (error(400, "REQUIRED_FIELD_MISSING", "Required fields are missing", ["Region__c"]), "quarantined"),
        (error(400, "STRING_TOO_LONG", "LastName: data value too large", ["LastName"]), "quarantined"),
    ],
    ids=["too-long-optional", "invalid-email", "required-custom-field", "too-long-required"],
)
def test_salesforce_data_errors_are_fixed_or_quarantined_never_retried(pipeline: Pipeline, reply, outcome):
    # Given Salesforce refuses the hot call's Lead data once
    pipeline.put(HOT_KEY, sample("hot"))
    pipeline.org.fail_next("create", reply)

    # When everything is delivered
    invocations = pipeline.drain()

    # Then no invocation failed (no retry storm, nothing in the DLQ), and the Lead was either created
    # without the offending optional field or the lead record is in quarantine/ with Salesforce's reason
    assert all(i.error is None for i in invocations)
    assert pipeline.dead_letters("crm") == []
    code = json.loads(reply[2])[0]["errorCode"]
    if outcome == "created":
        [lead_id] = pipeline.crm_creates()
        field = json.loads(reply[2])[0]["fields"][0]
        assert field not in pipeline.org.leads[lead_id]
        assert pipeline.quarantined() == {}
    else:
        assert pipeline.crm_creates() == []
        [(key, reason)] = pipeline.quarantined().items()
        assert key == f"quarantine/{HOT_LEAD}" and code in reason
    assert len(pipeline.alerts()) == 1


def test_duplicates_detected_links_the_existing_lead_instead_of_a_second(pipeline: Pipeline):
    # Given the org already holds a Lead with the caller's email, behind a duplicate rule
    pipeline.org.duplicate_rule = True
    existing = pipeline.org.add_lead(LastName="Ruiz", Company="Harbor Point Realty",
                                     Email="dana@harborpointrealty.com")
    pipeline.org.fail_next("query", (200, {}, '{"totalSize": 0, "done": true, "records": []}'))

    # When the hot call goes through the pipeline twice (overwritten session)
    pipeline.put(HOT_KEY, sample("hot"))
    pipeline.drain()
    document = json.loads(sample("hot"))
    document["duration_seconds"] = 338.0
    pipeline.put(HOT_KEY, json.dumps(document).encode())
    pipeline.drain()

    # Then no Lead was created: the existing one was updated both times
    assert pipeline.crm_creates() == []
    updates = [detail for op, detail in pipeline.org.calls if op == "update"]
    assert updates == [existing, existing]
    assert len(pipeline.alerts()) == 1
