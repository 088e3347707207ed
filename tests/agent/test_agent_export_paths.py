"""Every way a call can end leaves exactly one raw session in S3, including S3 being down for a while."""

import asyncio
import json
import os
import time
from typing import Any

import pytest
from call_driver import run_call, session_keys
from livekit.agents import JobExecutorType, JobProcess
from livekit.agents.testing import fake_job_context
from scripted_llm import Say, ScriptedLLM

from docketly_agent import worker
from docketly_agent.app import build_app
from docketly_agent.config import AgentSettings
from postcall.extraction import compile_all_patterns
from postcall.extraction.text import pattern_on_use
from postcall.session import RawSession

LINES = ["hi, we're a team of 12 sending about 80 quotes a month", "thanks, bye"]


def _script() -> ScriptedLLM:
    return ScriptedLLM([Say("Nice to meet you! How can I help?"), Say("Thanks for calling!")])


def test_normal_close_with_every_end_hook_firing_exports_once(
    settings: AgentSettings, s3: Any, bucket: str
) -> None:
    # Given a finished call
    app = build_app(settings)

    async def end_through_every_hook() -> list[str]:
        await run_call(app, _script(), LINES, session_id="call-normal")
        # When LiveKit runs on_session_end and then the shutdown callback, after the close event
        with fake_job_context(job_id="call-normal") as ctx:
            ctx.proc.userdata["app"] = app
            await worker.on_session_end(ctx)
        late = await app.end_call("call-normal", "job_shutdown")
        return [late.outcome] if late else []

    outcomes = asyncio.run(end_through_every_hook())

    # Then one object, uploaded by the first hook; the later hooks got the same result
    [key] = session_keys(s3, bucket)
    assert key.endswith("/call-normal.json")
    assert outcomes == ["uploaded"]
    assert list(settings.spool_dir.rglob("*.json")) == []


def test_skipped_session_end_hook_still_exports_once_from_the_close_event(
    settings: AgentSettings, s3: Any, bucket: str
) -> None:
    # Given a cut SIP call: the session closes, but on_session_end and shutdown callbacks never run
    app = build_app(settings)

    call, _ = asyncio.run(run_call(app, _script(), LINES, session_id="call-cut"))

    # Then the close event alone exported it
    assert call.export_task is not None and call.export_task.result().outcome == "uploaded"
    [key] = session_keys(s3, bucket)
    assert key.endswith("/call-cut.json")


def test_shutdown_callback_exports_when_the_session_never_closed(
    settings: AgentSettings, s3: Any, bucket: str
) -> None:
    # Given a job shut down before its session emitted a close event
    app = build_app(settings)

    async def shutdown_first() -> None:
        _, session = await run_call(app, _script(), LINES, session_id="call-shutdown", close=False)
        await app.end_call("call-shutdown", "job_shutdown")
        await session.aclose()  # a close arriving afterwards must not export again

    asyncio.run(shutdown_first())

    [key] = session_keys(s3, bucket)
    session = RawSession.model_validate_json(s3.get_object(Bucket=bucket, Key=key)["Body"].read())
    assert session.close_reason == "job_shutdown"
    assert [t.text for t in session.transcript if t.role == "user"] == LINES


def test_s3_down_then_up_spools_and_a_restarted_agent_uploads_once(
    settings: AgentSettings, s3: Any, bucket: str, dead_endpoint: str, moto_endpoint: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Given S3 is unreachable when the call ends
    monkeypatch.setenv("AWS_ENDPOINT_URL", dead_endpoint)
    down = build_app(settings)
    call, _ = asyncio.run(run_call(down, _script(), LINES, session_id="call-spooled"))
    assert call.export_task is not None
    result = call.export_task.result()

    # Then nothing is lost: the session waits in the spool, and the bucket is empty
    assert result.outcome == "spooled"
    [spooled] = list(settings.spool_dir.glob("pending/*.json"))
    assert session_keys(s3, bucket) == []

    # When the agent restarts with S3 back (a new process: new exporter, same spool directory)
    monkeypatch.setenv("AWS_ENDPOINT_URL", moto_endpoint)
    restarted = build_app(settings)
    report = restarted.exporter.drain()

    # Then the spooled session is uploaded exactly once, byte for byte, and the spool is empty
    assert (report.uploaded, report.remaining) == (1, 0)
    [key] = session_keys(s3, bucket)
    assert key == result.key
    body = s3.get_object(Bucket=bucket, Key=key)["Body"].read()
    assert RawSession.model_validate_json(body).session_id == "call-spooled"
    assert not spooled.exists()
    assert restarted.exporter.drain().uploaded == 0


def test_background_drainer_uploads_spooled_sessions_without_a_restart(
    settings: AgentSettings, s3: Any, bucket: str, dead_endpoint: str, moto_endpoint: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Given a session spooled while S3 was down
    monkeypatch.setenv("AWS_ENDPOINT_URL", dead_endpoint)
    down = build_app(settings)
    call, _ = asyncio.run(run_call(down, _script(), LINES, session_id="call-later"))
    assert call.export_task is not None and call.export_task.result().outcome == "spooled"

    # When the periodic drainer runs against S3 that is back
    monkeypatch.setenv("AWS_ENDPOINT_URL", moto_endpoint)
    drainer = build_app(settings).start_spool_drainer()
    try:
        deadline = time.monotonic() + 10
        while not session_keys(s3, bucket) and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        drainer.stop()

    # Then the session reaches S3 once
    [key] = session_keys(s3, bucket)
    assert key.endswith("/call-later.json")


def test_two_uploaders_racing_on_one_session_create_one_object(
    settings: AgentSettings, s3: Any, bucket: str
) -> None:
    # Given the same finished session exported by two processes (e.g. a retry after a timeout)
    first, second = build_app(settings), build_app(settings)
    call, _ = asyncio.run(run_call(first, _script(), LINES, session_id="call-race"))
    session = call.recorder.snapshot(usage=None)

    # When both upload it
    outcomes = [exporter.export_blocking(session).outcome for exporter in (first.exporter, second.exporter)]

    # Then S3 holds one object (create-once put) and the loser knows it was already there
    assert outcomes == ["duplicate", "already_archived"]
    assert len(session_keys(s3, bucket)) == 1


def test_a_corrupt_spool_file_is_set_aside_not_retried_forever(
    settings: AgentSettings, s3: Any, bucket: str
) -> None:
    # Given a truncated file in the spool (disk full during an earlier run)
    app = build_app(settings)
    (app.exporter.spool.pending / "call-broken.json").write_text('{"session_id": "call-bro')

    report = app.exporter.drain()

    assert (report.uploaded, report.rejected, report.remaining) == (0, 1, 0)
    assert [p.name for p in app.exporter.spool.rejected.iterdir()] == ["call-broken.json"]
    assert session_keys(s3, bucket) == []


class _SlowArchive:
    def __init__(self) -> None:
        self.keys: list[str] = []

    def put_session(self, key: str, body: bytes) -> None:
        time.sleep(0.3)
        json.loads(body)
        self.keys.append(key)


def test_export_runs_off_the_event_loop(settings: AgentSettings) -> None:
    # Given an archive that takes 300 ms per upload
    archive = _SlowArchive()
    app = build_app(settings, archive=archive)

    async def export_while_ticking() -> int:
        call, session = await run_call(app, _script(), LINES, session_id="call-slow", close=False)
        ticks = 0
        export = call.start_export()
        while not export.done():
            ticks += 1
            await asyncio.sleep(0.01)
        await session.aclose()
        return ticks

    # When the export runs, the event loop keeps serving other work (audio, other hooks)
    ticks = asyncio.run(export_while_ticking())

    assert ticks >= 10
    assert len(archive.keys) == 1
    assert os.listdir(settings.spool_dir / "inflight") == []


def test_job_process_setup_builds_the_app_from_the_environment(
    settings: AgentSettings, aws_env: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given the environment a deployed agent gets
    monkeypatch.setenv("SESSIONS_BUCKET", settings.sessions_bucket)
    monkeypatch.setenv("SESSION_SPOOL_DIR", str(settings.spool_dir))
    monkeypatch.setenv("LLM_MODEL", "gpt-4.1")
    proc = JobProcess(executor_type=JobExecutorType.THREAD, user_arguments=None, http_proxy=None)

    waiting = pattern_on_use(r"\bnot compiled yet\b")  # as an extractor pattern before its first use

    # When LiveKit prepares a job process
    worker.prewarm(proc)

    # Then the process has validated settings, its adapters and the VAD model ready for calls
    app = proc.userdata["app"]
    assert (app.settings.sessions_bucket, app.settings.llm_model) == (settings.sessions_bucket, "gpt-4.1")
    assert proc.userdata["vad"] is not None
    assert asyncio.run(app.end_call("never-started")) is None
    # and the extractor's patterns are all compiled, so no caller turn waits on a compile
    assert "search" in vars(waiting) and compile_all_patterns() == 0
