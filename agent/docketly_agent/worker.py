"""LiveKit wiring: the AgentServer, its per-process setup, the call entrypoint and the end hooks.

Module-level functions on purpose: job processes receive them by reference (forkserver/spawn).
OpenAI plugin objects are built here, per call, because they raise without OPENAI_API_KEY.
"""

import asyncio
import logging
import os

from livekit.agents import AgentServer, AgentSession, JobContext, JobProcess
from livekit.plugins import openai, silero

from docketly_agent.app import CallHandle, DocketlyApp, build_app
from docketly_agent.config import AgentSettings
from docketly_agent.recorder import session_id_for

logger = logging.getLogger("docketly.worker")


def prewarm(proc: JobProcess) -> None:
    """Once per job process: validated settings, adapters, and the VAD model."""
    proc.userdata["app"] = build_app(AgentSettings.from_env(os.environ))
    proc.userdata["vad"] = silero.VAD.load()


async def entrypoint(ctx: JobContext) -> None:
    app: DocketlyApp = ctx.proc.userdata["app"]
    settings = app.settings
    session_id = session_id_for(ctx.job.id)
    session: AgentSession = AgentSession(
        stt=openai.STT(model=settings.stt_model),
        llm=openai.LLM(model=settings.llm_model),
        tts=openai.TTS(model=settings.tts_model, voice=settings.tts_voice),
        vad=ctx.proc.userdata["vad"],
    )
    call = app.open_call(session, session_id=session_id)

    async def export_on_shutdown(reason: str) -> None:
        await app.end_call(session_id, reason)

    # A second hook: cut SIP calls have skipped on_session_end in some releases.
    ctx.add_shutdown_callback(export_on_shutdown)
    await session.start(agent=app.assistant(call), room=ctx.room)
    # Caller identity in the background: an unanswered call must not hold up the entrypoint.
    caller_task = asyncio.create_task(_record_caller(ctx, call), name="record-caller")
    ctx.add_shutdown_callback(lambda: _cancel(caller_task))


async def on_session_end(ctx: JobContext) -> None:
    app: DocketlyApp = ctx.proc.userdata["app"]
    await app.end_call(session_id_for(ctx.job.id), "session_end")


async def _record_caller(ctx: JobContext, call: CallHandle) -> None:
    call.recorder.set_caller(await ctx.wait_for_participant())


async def _cancel(task: "asyncio.Task[None]") -> None:
    task.cancel()


def create_server() -> AgentServer:
    server = AgentServer(setup_fnc=prewarm)
    # Dispatch name: LIVEKIT_AGENT_NAME (read by LiveKit); unset means automatic dispatch.
    server.rtc_session(entrypoint, on_session_end=on_session_end)
    return server
