"""scripts/ops: replay (re-score a prefix or date range) and redrive (DLQ after a fix), on moto."""

import io
import json
from datetime import date
from typing import Any

import pytest

from scripts.ops import redrive as redrive_cli
from scripts.ops import replay as replay_cli
from scripts.ops.invoke import LambdaInvoker
from scripts.ops.redrive import redrive
from scripts.ops.replay import date_prefixes, replay
from tests.reliability.pipeline import BUCKET, InProcessInvoker, Pipeline, client_error
from tests.reliability.test_reliability_delivery import COLD_KEY, HOT_KEY, HOT_LEAD, WARM_KEY, sample

DAY_21_KEY = "sessions/year=2026/month=11/day=21/call-day21.json"


def day_21_session() -> bytes:
    document = json.loads(sample("warm"))
    document.update(session_id="call-day21", started_at="2026-11-21T09:00:00Z",
                    ended_at="2026-11-21T09:05:00Z")
    return json.dumps(document).encode()


def scored_calls(pipeline: Pipeline) -> None:
    """Three calls on the 20th and one on the 21st, scored and synced as usual."""
    for key, body in ((HOT_KEY, sample("hot")), (WARM_KEY, sample("warm")), (COLD_KEY, sample("cold")),
                      (DAY_21_KEY, day_21_session())):
        pipeline.put(key, body)
    pipeline.drain()


def test_date_prefixes_cover_each_day_inclusive():
    assert date_prefixes(date(2026, 11, 30), date(2026, 12, 1)) == [
        "sessions/year=2026/month=11/day=30/", "sessions/year=2026/month=12/day=01/"]
    with pytest.raises(ValueError, match="before"):
        date_prefixes(date(2026, 12, 1), date(2026, 11, 30))


def test_replaying_a_date_range_of_scored_sessions_changes_nothing(pipeline: Pipeline):
    # Given four calls over two days, all scored, alerted and synced
    scored_calls(pipeline)
    before = (len(pipeline.llm.requests), {k: pipeline.versions(k) for k in pipeline.keys("leads/")},
              len(pipeline.alerts()), pipeline.crm_creates())

    # When ops replay both days, twice
    invoker = InProcessInvoker(pipeline, "score")
    prefixes = date_prefixes(date(2026, 11, 20), date(2026, 11, 21))
    reports = [replay(pipeline.s3, BUCKET, prefixes, invoker) for _ in range(2)]
    pipeline.drain()

    # Then every session was sent, and nothing changed: no LLM call, no new lead version, no alert, no Lead
    assert [(r.listed, r.sent, r.failed) for r in reports] == [(4, 4, []), (4, 4, [])]
    after = (len(pipeline.llm.requests), {k: pipeline.versions(k) for k in pipeline.keys("leads/")},
             len(pipeline.alerts()), pipeline.crm_creates())
    assert after == before


def test_replay_missing_only_catches_up_a_lost_notification(pipeline: Pipeline):
    # Given the calls scored, then a hot call whose S3 notification was lost
    scored_calls(pipeline)
    lost_key = "sessions/year=2026/month=11/day=20/call-lost01.json"
    document = json.loads(sample("hot"))
    document["session_id"] = "call-lost01"
    pipeline.put(lost_key, json.dumps(document).encode())
    assert len(pipeline.take_events("score")) == 1  # ... dropped here

    # When ops replay the day, only what has no current lead record
    invoker = InProcessInvoker(pipeline, "score")
    report = replay(pipeline.s3, BUCKET, ["sessions/year=2026/month=11/day=20/"], invoker, missing_only=True)
    pipeline.drain()

    # Then only the lost call was sent; it is scored, alerted once and synced to Salesforce (onto the
    # open Lead with the same caller email, so no new Lead)
    assert (report.listed, report.skipped_current, report.sent) == (4, 3, 1)
    assert [e["Records"][0]["s3"]["object"]["key"] for e in invoker.events] == [
        "sessions/year%3D2026/month%3D11/day%3D20/call-lost01.json"]
    assert "leads/year=2026/month=11/day=20/call-lost01.json" in pipeline.keys("leads/")
    assert len(pipeline.alerts()) == 2  # the first hot call's, and this one's
    assert "crm-links/call-lost01.json" in pipeline.keys("crm-links/")


def test_replay_after_the_agent_rewrote_a_session_rescores_it_once(pipeline: Pipeline):
    # Given the calls scored, then the hot session overwritten with its notification lost
    scored_calls(pipeline)
    creates = pipeline.crm_creates()
    document = json.loads(sample("hot"))
    document["duration_seconds"] = 338.0
    pipeline.put(HOT_KEY, json.dumps(document).encode())
    pipeline.take_events("score")

    # When ops replay the whole month prefix
    invoker = InProcessInvoker(pipeline, "score")
    replay(pipeline.s3, BUCKET, ["sessions/year=2026/month=11/"], invoker)
    pipeline.drain()

    # Then the hot lead is rescored from the new version, without a second alert or Lead
    assert pipeline.lead(HOT_LEAD).duration_seconds == 338.0
    assert len(pipeline.alerts()) == 1
    assert pipeline.crm_creates() == creates


def test_redrive_keeps_a_message_whose_event_still_fails(pipeline: Pipeline):
    # Given a hot call in the DLQ after SNS failed every attempt
    pipeline.put(HOT_KEY, sample("hot"))
    pipeline.faults.next("sns", "Publish", *[client_error("Throttling", "Publish") for _ in range(4)])
    pipeline.drain()
    assert len(pipeline.dead_letters("score")) == 1

    # When ops redrive while SNS still fails
    lines: list[str] = []
    moved = redrive(pipeline.sqs, pipeline.dlq_urls["score"], InProcessInvoker(pipeline, "score"),
                    report=lines.append)

    # Then nothing was deleted from the DLQ and the operator sees why
    assert moved == 0
    assert any(line.startswith("still failing") and "ClientError" in line for line in lines)
    assert pipeline.alerts() == []
    attributes = pipeline.sqs.get_queue_attributes(QueueUrl=pipeline.dlq_urls["score"],
                                                   AttributeNames=["ApproximateNumberOfMessagesNotVisible"])
    assert attributes["Attributes"]["ApproximateNumberOfMessagesNotVisible"] == "1"  # back after the timeout


def test_redrive_leaves_foreign_messages_alone(pipeline: Pipeline):
    # Given a DLQ holding something that is not a Lambda destination record
    pipeline.sqs.send_message(QueueUrl=pipeline.dlq_urls["score"], MessageBody="hello")

    # When ops redrive
    lines: list[str] = []
    moved = redrive(pipeline.sqs, pipeline.dlq_urls["score"], InProcessInvoker(pipeline, "score"),
                    report=lines.append)

    # Then it is reported and kept for a human
    assert moved == 0 and lines == [lines[0]] and "not a Lambda destination record" in lines[0]


def test_redrive_dry_run_lists_and_leaves_messages_visible(
    pipeline: Pipeline, capsys: pytest.CaptureFixture[str]
) -> None:
    # Given one failed event in the DLQ
    pipeline.put(HOT_KEY, sample("hot"))
    pipeline.faults.next("sns", "Publish", *[client_error("Throttling", "Publish") for _ in range(3)])
    pipeline.drain()

    # When the documented command runs with --dry-run
    code = redrive_cli.main(["--function", "score-lead", "--queue-url", pipeline.dlq_urls["score"],
                             "--function-name", "ScoreLeadFunction", "--dry-run"])

    # Then it lists the session's key and the message is still there, visible, for the real run
    out = capsys.readouterr().out
    assert code == 0 and "would redrive" in out and "call-7c41a2e9.json" in out
    assert len(pipeline.dead_letters("score")) == 1


def test_replay_dry_run_command(pipeline: Pipeline, capsys: pytest.CaptureFixture[str]):
    scored_calls(pipeline)
    code = replay_cli.main(["--from", "2026-11-21", "--bucket", BUCKET,
                            "--function-name", "ScoreLeadFunction", "--dry-run"])
    out = capsys.readouterr().out
    assert code == 0
    assert f"would replay {DAY_21_KEY}" in out and "listed 1" in out


class FakeLambda:
    """A boto3 Lambda client that answers one invoke."""

    def __init__(self, response: dict[str, Any]) -> None:
        self.response = response
        self.calls: list[dict[str, Any]] = []

    def invoke(self, **kwargs: Any) -> dict[str, Any]:
        self.calls.append(kwargs)
        return self.response


def test_lambda_invoker_reports_function_errors_without_payload_details_beyond_the_error():
    failing = FakeLambda({"StatusCode": 200, "FunctionError": "Unhandled",
                          "Payload": io.BytesIO(b'{"errorType": "CrmUnavailable", "errorMessage": "busy"}')})
    outcome = LambdaInvoker(failing, "fn").invoke({"Records": []})
    assert (outcome.ok, outcome.detail) == (False, "CrmUnavailable: busy")
    assert failing.calls[0]["InvocationType"] == "RequestResponse"

    queued = FakeLambda({"StatusCode": 202, "Payload": io.BytesIO(b"")})
    assert LambdaInvoker(queued, "fn", asynchronous=True).invoke({"Records": []}).ok
    assert queued.calls[0]["InvocationType"] == "Event"
