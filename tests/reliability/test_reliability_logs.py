"""The logs of a full run hold no caller words, emails or phone numbers, on the failure paths too.

tests/functions/ check each function's happy path; this run goes through both functions with the LLM and
Salesforce on, and through the paths that log the most: duplicates, an LLM fallback, a field Salesforce
refuses, a Salesforce outage (DLQ), an SNS outage (DLQ), a malformed session, then redrives. What Lambda
itself would log (the error of a failed invocation) and the DLQ records are searched too.
"""

import io
import json
import logging
import re
from collections.abc import Iterator

import httpx2
import pytest
from aws_lambda_powertools import Logger

from scripts.ops.redrive import redrive
from tests.fixtures.salesforce.fake_org import error
from tests.functions.test_score_lead import HOT_VERDICT
from tests.reliability.pipeline import (
    InProcessInvoker,
    Pipeline,
    PipelineOptions,
    client_error,
    start_pipeline,
    verdict_answer,
)
from tests.reliability.test_reliability_delivery import HOT_KEY, WARM_KEY, sample

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
PHONE = re.compile(r"\+\d{10,15}\b|\b\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b")
PRIVATE = ("dana", "ruiz", "harbor point", "harborpoint", "6175550198", "617 555", "marcus", "tricounty",
           "tri-county")


def caller_phrases(*bodies: bytes) -> set[str]:
    """Every four-word run of every caller turn, lower-cased: a leak of any part of what they said."""
    phrases: set[str] = set()
    for body in bodies:
        for turn in json.loads(body)["transcript"]:
            if turn["role"] == "user":
                words = re.findall(r"[a-z0-9']+", turn["text"].lower())
                phrases.update(" ".join(words[i:i + 4]) for i in range(len(words) - 3))
    return phrases


@pytest.fixture
def logged() -> Iterator[tuple[Pipeline, io.StringIO]]:
    stream = io.StringIO()
    logger = Logger(service="score-lead-logscan", logger_handler=logging.StreamHandler(stream))
    yield from ((p, stream) for p in start_pipeline(PipelineOptions(llm_default=verdict_answer(HOT_VERDICT)),
                                                    score_logger=logger))


def test_a_full_run_with_every_failure_path_logs_no_caller_words_email_or_phone(
    logged: tuple[Pipeline, io.StringIO], caplog: pytest.LogCaptureFixture
) -> None:
    pipeline, score_log = logged
    caplog.set_level(logging.DEBUG, logger="score-lead-logscan")
    caplog.set_level(logging.INFO)
    hot, warm = sample("hot"), sample("warm")

    # Given: the hot call (LLM on, Salesforce refuses its Email once, then SNS is down for every attempt),
    # the warm call (LLM answers 500, Salesforce down for every attempt), and a truncated copy of the hot one
    pipeline.llm.then(lambda _: httpx2.Response(500, json={"error": {"message": "boom"}}))
    pipeline.put(WARM_KEY, warm)
    pipeline.drain()
    pipeline.put(HOT_KEY, hot)
    pipeline.put("sessions/year=2026/month=11/day=20/call-broken.json", hot[: len(hot) // 2])
    pipeline.org.fail_next("create", error(400, "INVALID_EMAIL_ADDRESS", "Email: invalid email address: "
                                            "dana@harborpointrealty.com", ["Email"]))
    pipeline.faults.next("sns", "Publish", *[client_error("Throttling", "Publish") for _ in range(3)])
    for _ in range(3):
        pipeline.org.fail_next("update", error(503, "SERVER_UNAVAILABLE"))

    # When everything is delivered twice, then both DLQs are redriven once things recover
    pipeline.drain(duplicates=2)
    redrive(pipeline.sqs, pipeline.dlq_urls["score"], InProcessInvoker(pipeline, "score"))
    redrive(pipeline.sqs, pipeline.dlq_urls["crm"], InProcessInvoker(pipeline, "crm"))
    pipeline.drain()

    # Then the run really went through those paths
    assert len(pipeline.alerts()) == 1
    assert len(pipeline.crm_creates()) == 2
    assert any(i.error is not None for i in pipeline.invocations)
    assert "quarantine/sessions/year=2026/month=11/day=20/call-broken.json" in pipeline.quarantined()

    # ... and nothing it logged, nor any error Lambda would log, names the caller or repeats their words
    records = "\n".join(f"{r.getMessage()} {vars(r)}" for r in caplog.records)
    errors = "\n".join(f"{type(i.error).__name__}: {i.error}" for i in pipeline.invocations if i.error)
    text = "\n".join([score_log.getvalue(), records, errors]).lower()
    assert '"message":"lead scored"' in text  # the score function's JSON lines are here
    assert "lead synced to the crm" in text
    leaks = [p for p in PRIVATE if p in text]
    leaks += [p for p in caller_phrases(hot, warm) if p in text]
    leaks += [m.group() for m in EMAIL.finditer(text)] + [m.group() for m in PHONE.finditer(text)]
    assert leaks == []
