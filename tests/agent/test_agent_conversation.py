"""A whole call, offline: a scripted LLM drives the real agent through a text-mode AgentSession.

The tools fire, signals are discovered live by the shared extractor, the knowledge base answers,
and when the session ends the raw session lands in (moto) S3, valid against the JSON Schema.
"""

import asyncio
import json
import logging
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from call_driver import run_call, session_keys
from scripted_llm import Call, Say, ScriptedLLM, Step

from docketly_agent.app import build_app
from docketly_agent.config import AgentSettings
from docketly_agent.ports import BookingUnavailable, MeetingRequest
from postcall.session import RawSession

CALLER = [
    "hi, we run a real estate brokerage and we're looking at e-signature tools",
    "we're a team of 40 and we send about 300 contracts a month. does it work with HubSpot?",
    "our PandaDoc contract ends in three weeks so we need something fast",
    "can I book a demo? I'm Dana Ruiz, dana at acme",
    "sorry, it's dana@acmerealty.com, and Tuesday at 10am works",
]
SCRIPT: list[Step] = [
    Say("Happy to help! What kind of documents does your team send?"),
    Call("search_knowledge_base", {"query": "HubSpot integration"}),
    Say("Yes, Docketly integrates natively with HubSpot."),
    Say("Understood, we can move fast. Would a demo help?"),
    Call("book_sales_meeting", {"customer_name": "Dana Ruiz", "customer_email": "dana at acme",
                                "preferred_time": "Tuesday 10am"}),
    Say("Sorry, could you spell your email for me?"),
    Call("book_sales_meeting", {"customer_name": "Dana Ruiz", "customer_email": "dana@acmerealty.com",
                                "preferred_time": "Tuesday at 10am"}),
    Say("You're all set: a sales rep will confirm Tuesday at 10am by email."),
]


def _system_notes(scripted: ScriptedLLM, request: int) -> str:
    ctx = scripted.requests[request]
    return "\n".join(item.text_content or "" for item in ctx.items
                     if item.type == "message" and item.role == "system")


def test_a_qualifying_call_is_recorded_and_lands_in_s3(
    settings: AgentSettings, s3: Any, bucket: str, raw_session_schema: dict[str, Any]
) -> None:
    # Given the agent with real adapters (S3 on moto, bookings recorded locally)
    app = build_app(settings)
    scripted = ScriptedLLM(SCRIPT)

    # When a caller qualifies, asks a product question and books a demo, then the call ends
    asyncio.run(run_call(app, scripted, CALLER, session_id="call-qualify"))

    # Then exactly one raw session is in the bucket, valid against the shared schema
    [key] = session_keys(s3, bucket)
    stored = s3.get_object(Bucket=bucket, Key=key)
    assert key.startswith("sessions/year=") and key.endswith("/call-qualify.json")
    assert stored["ContentType"] == "application/json"
    assert stored["ServerSideEncryption"] == "AES256"
    document = json.loads(stored["Body"].read())
    jsonschema.validate(document, raw_session_schema)
    session = RawSession.model_validate(document)

    # ...with the signals the caller gave, found by the shared extractor
    assert session.signals.team_size == 40
    assert session.signals.monthly_volume == 300
    assert "hubspot" in session.signals.integrations
    assert session.signals.urgency is True

    # ...the whole conversation with timestamps, greeting first, and per-turn LLM latency
    assert session.transcript[0].role == "assistant" and "Docketly" in session.transcript[0].text
    assert [t.text for t in session.transcript if t.role == "user"] == CALLER
    assert all(turn.time is not None for turn in session.transcript)
    replies = [t for t in session.transcript if t.role == "assistant"][1:]
    assert replies and all(t.metrics and t.metrics.llm_ttft is not None for t in replies)

    # ...the tool calls: the knowledge base answered, a bad email was refused, the retry booked
    kb, refused, booked = session.tool_calls
    assert (kb.name, kb.success) == ("search_knowledge_base", True)
    assert "HubSpot" in (kb.result or "")
    assert (refused.name, refused.success) == ("book_sales_meeting", False)
    assert "not a valid email" in (refused.result or "")
    assert (booked.success, booked.arguments["customer_email"]) == (True, "dana@acmerealty.com")
    assert all(tool.time is not None for tool in session.tool_calls)

    # ...usage from session.usage, and why the session closed
    assert session.usage.llm_input_tokens == 120 * len(SCRIPT)
    assert session.usage.llm_output_tokens == 20 * len(SCRIPT)
    assert session.close_reason == "user_initiated"
    assert scripted.remaining == 0

    # And sales has the meeting request, with the corrected email
    [request] = list(Path(settings.booking_outbox_dir).iterdir())
    assert json.loads(request.read_text())["customer_email"] == "dana@acmerealty.com"


def test_signals_are_known_live_and_the_agent_is_told_not_to_ask_again(settings: AgentSettings) -> None:
    # Given a caller who states team size and volume in their second turn
    app = build_app(settings)
    scripted = ScriptedLLM(SCRIPT[:4])

    async def first_three_turns() -> None:
        call, session = await run_call(app, scripted, CALLER[:2], session_id="call-live", close=False)
        # Then the signals are known during the call, before it ends
        assert call.recorder.signals.team_size == 40
        assert call.recorder.signals.monthly_volume == 300
        await session.run(user_input=CALLER[2])
        await session.aclose()

    # When the call continues
    asyncio.run(first_three_turns())

    # Then the LLM request for the third turn carries what is already known, so it won't re-ask
    note = _system_notes(scripted, 3)
    assert "do not ask again" in note
    assert "team size about 40" in note and "300 documents a month" in note
    assert "team size" not in _system_notes(scripted, 0)


def test_a_question_the_knowledge_base_cannot_answer_gets_an_actionable_tool_error(
    settings: AgentSettings, s3: Any, bucket: str
) -> None:
    # Given a caller asking something the knowledge file does not cover
    app = build_app(settings)
    scripted = ScriptedLLM([Call("search_knowledge_base", {"query": "weather in Paris"}),
                            Say("I'm not sure, but a specialist can follow up.")])

    # When the agent searches the knowledge base
    asyncio.run(run_call(app, scripted, ["what's the weather in Paris?"], session_id="call-kb-miss"))

    # Then the LLM is told not to guess, and the failed call is on record
    tool_output = next(item for item in scripted.requests[1].items if item.type == "function_call_output")
    assert tool_output.is_error and "Do not guess" in tool_output.output
    [key] = session_keys(s3, bucket)
    session = RawSession.model_validate_json(s3.get_object(Bucket=bucket, Key=key)["Body"].read())
    assert [(t.name, t.success) for t in session.tool_calls] == [("search_knowledge_base", False)]


class _DownBooker:
    """A booking backend that is down (webhook timing out)."""

    def book(self, request: MeetingRequest) -> str:
        raise BookingUnavailable("booking webhook unreachable")


def test_a_booking_backend_outage_is_reported_honestly(settings: AgentSettings, s3: Any, bucket: str) -> None:
    # Given the booking webhook is down
    app = build_app(settings, booker=_DownBooker())
    scripted = ScriptedLLM([
        Call("book_sales_meeting", {"customer_name": "Dana Ruiz", "customer_email": "dana@acme.io",
                                    "preferred_time": "Tuesday 10am"}),
        Say("I'm sorry, I couldn't book that; a sales rep will email you to find a time."),
    ])

    # When the agent tries to book
    caller = ["book me a demo, dana@acme.io, Tuesday 10am"]
    asyncio.run(run_call(app, scripted, caller, session_id="call-down"))

    # Then the LLM is told nothing was booked and not to retry, and the session records the failure
    tool_output = next(item for item in scripted.requests[1].items if item.type == "function_call_output")
    assert tool_output.is_error and "no meeting was booked" in tool_output.output
    [key] = session_keys(s3, bucket)
    session = RawSession.model_validate_json(s3.get_object(Bucket=bucket, Key=key)["Body"].read())
    assert [(t.name, t.success) for t in session.tool_calls] == [("book_sales_meeting", False)]


def test_agent_logs_carry_no_transcript_or_contact_details(
    settings: AgentSettings, dead_endpoint: str, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # Given S3 down (so the warning paths log too) and a caller who gives their email
    monkeypatch.setenv("AWS_ENDPOINT_URL", dead_endpoint)
    app = build_app(settings)
    caplog.set_level(logging.DEBUG, logger="docketly")

    # When the call runs and ends
    asyncio.run(run_call(app, ScriptedLLM(SCRIPT), CALLER, session_id="call-logs"))

    # Then the agent's own log records mention the session, never what the caller said
    records = [r for r in caplog.records if r.name.startswith("docketly")]
    assert any(getattr(r, "session_id", None) == "call-logs" for r in records)
    logged = " ".join(f"{r.getMessage()} {r.__dict__}" for r in records)
    for secret in ("dana", "acmerealty", "PandaDoc", "HubSpot", "brokerage"):
        assert secret not in logged
