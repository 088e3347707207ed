"""The benchmark's stand-ins must behave like the real services, or `make bench` measures the wrong path.

Given / When / Then: the stub LLM answers the real OpenAI SDK with a verdict the evidence check keeps
(so the bench exercises the hot path: LLM, alert, CRM), the 30-turn call is a valid raw session, and the
bench's template copy changes only the architecture and code paths.
"""

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import httpx2

from bench import artifacts, calls
from bench.stubs import ChatCompletions, SalesforceRest
from postcall.adapters.openai_llm import OpenAiLeadJudge
from postcall.extraction import analyze_call
from postcall.lead import SourceObject
from postcall.scoring import build_lead_record, build_prompt, merge_verdict
from postcall.session import RawSession

REPO_ROOT = Path(__file__).resolve().parents[2]
SAMPLE = json.loads((REPO_ROOT / "events" / "sessions" / "hot.json").read_text())


def _judge_through(stub: ChatCompletions) -> OpenAiLeadJudge:
    def handler(request: httpx2.Request) -> httpx2.Response:
        status, payload = stub(request.method, request.url.path, request.content)
        return httpx2.Response(status, json=payload)

    return OpenAiLeadJudge(
        model="gpt-4.1-mini",
        api_key=lambda: "sk-test",
        base_url="http://llm.invalid/v1",
        max_retries=0,
        http_client=httpx2.Client(transport=httpx2.MockTransport(handler)),
    )


def test_stub_llm_answers_the_real_sdk_once_with_a_verdict_that_stays_hot() -> None:
    # Given the 30-turn call and the stub LLM the bench runs
    session = RawSession.model_validate(calls.thirty_turn_session(SAMPLE))
    stub = ChatCompletions(calls.verdict_for(SAMPLE), "gpt-4.1-mini")

    # When the real OpenAI adapter judges it
    result = _judge_through(stub).judge(build_prompt(session))

    # Then one request was made, within the prompt budget, and the verified lead is hot
    assert len(stub.requests) == 1
    assert 0 < stub.requests[0]["prompt_tokens"] < 3000
    assert result.input_tokens == stub.requests[0]["prompt_tokens"]
    facts = merge_verdict(session, analyze_call(session.transcript, session.tool_calls), result.verdict)
    lead = build_lead_record(
        session=session,
        facts=facts,
        scored_at=datetime.now(UTC),
        total_ms=1.0,
        llm=result,
        source=SourceObject(bucket="b", key="k", etag="e", version_id=None),
        fallback_reason=None,
    )
    assert lead.tier == "hot"
    assert lead.method == "llm"


def test_thirty_turn_call_is_a_valid_session_with_the_goodbye_last() -> None:
    # Given the sample hot call / When it is stretched for the bench
    session = RawSession.model_validate(calls.thirty_turn_session(SAMPLE))

    # Then it has 30 turns, half of them the caller's, and still ends with the caller's goodbye
    assert len(session.transcript) == 30
    assert sum(turn.role == "user" for turn in session.transcript) == 15
    assert session.transcript[-1].text == SAMPLE["transcript"][-1]["text"]


def test_salesforce_stub_creates_one_lead_per_post() -> None:
    # Given the Salesforce stub / When two Leads are created
    stub = SalesforceRest()
    first = stub("POST", "/services/data/v59.0/sobjects/Lead/", b"{}")
    second = stub("POST", "/services/data/v59.0/sobjects/Lead/", b"{}")

    # Then each gets its own id, as Salesforce answers a create
    assert first[0] == second[0] == 201
    assert first[1]["id"] != second[1]["id"]
    assert stub.created == 2


def test_bench_template_changes_only_architecture_and_code_paths() -> None:
    # Given the deployed template / When the bench writes its host copy
    original = (REPO_ROOT / "template.yaml").read_text().splitlines()
    copied = artifacts.host_template_text("x86_64").splitlines()

    # Then line for line, only architecture and CodeUri/ContentUri lines differ
    assert len(original) == len(copied)
    changed = [(a, b) for a, b in zip(original, copied, strict=True) if a != b]
    assert any("x86_64" in after for _, after in changed)
    for before, after in changed:
        assert re.search(r"Architectures|BuildArchitecture|CodeUri|ContentUri", before), before
        assert before.split(":")[0] == after.split(":")[0]


def test_sdk_floor_measures_each_operation_against_its_own_moto_server(capsys):
    # Given the SDK floor bench, When it runs a few calls per operation
    import os

    from bench import sdk_floor

    environment = dict(os.environ)
    assert sdk_floor.main(["--calls", "3"]) == 0
    assert dict(os.environ) == environment  # the suite's own AWS settings are left alone

    # Then its last line reports a positive client CPU figure for each of the four operations
    figures = json.loads(capsys.readouterr().out.strip().splitlines()[-1])["cpu_ms_per_call"]
    assert set(figures) == {"s3_get_object", "s3_put_object", "dynamodb_put_item", "sns_publish"}
    assert all(ms > 0 for ms in figures.values())
