"""Fixtures for the fault-injection tests: a whole pipeline per test, on moto."""

from collections.abc import Iterator

import pytest

from tests.functions.test_score_lead import HOT_VERDICT
from tests.reliability.pipeline import Pipeline, PipelineOptions, start_pipeline, verdict_answer


@pytest.fixture(autouse=True)
def aws_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {"AWS_DEFAULT_REGION": "us-east-1", "AWS_ACCESS_KEY_ID": "testing",
                        "AWS_SECRET_ACCESS_KEY": "testing", "POWERTOOLS_TRACE_DISABLED": "1"}.items():
        monkeypatch.setenv(name, value)
    for name in ("AWS_ENDPOINT_URL", "AWS_PROFILE", "POWERTOOLS_IDEMPOTENCY_DISABLED"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def pipeline() -> Iterator[Pipeline]:
    """Both functions on a fresh moto account; the LLM qualifies every call like the hot sample."""
    yield from start_pipeline(PipelineOptions(llm_default=verdict_answer(HOT_VERDICT)))
