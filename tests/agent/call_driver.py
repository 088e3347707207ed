"""Drives a text-mode AgentSession (no room, STT, TTS or VAD) through the real Docketly agent."""

from typing import Any

from livekit.agents import AgentSession
from scripted_llm import ScriptedLLM

from docketly_agent.app import CallHandle, DocketlyApp


async def run_call(app: DocketlyApp, scripted: ScriptedLLM, caller_lines: list[str], *, session_id: str,
                   close: bool = True) -> tuple[CallHandle, AgentSession]:
    """Greets, plays each caller line as one user turn, then closes the session (unless told not to)."""
    session: AgentSession = AgentSession(llm=scripted)
    call = app.open_call(session, session_id=session_id)
    await session.start(app.assistant(call))
    if session.current_speech is not None:  # the greeting, as a caller would hear it first
        await session.current_speech.wait_for_playout()
    for line in caller_lines:
        await session.run(user_input=line)
    if close:
        await session.aclose()
        if call.export_task is not None:  # started by the close event; let it finish inside this loop
            await call.export_task
    return call, session


def session_keys(s3: Any, bucket: str) -> list[str]:
    listing = s3.list_objects_v2(Bucket=bucket)
    return sorted(item["Key"] for item in listing.get("Contents", []))
