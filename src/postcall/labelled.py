"""Labelled calls (the calls.jsonl form of the eval set) as the raw sessions the agent would write.

One conversion for everything that replays labelled calls: `make demo DATA=...` and `make predict`.
"""

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from postcall.extraction import extract_signals
from postcall.session import AgentInfo, RawSession, ToolCall, TranscriptTurn

REPLAY_AGENT = AgentInfo(name="calls-replay", version="calls.jsonl")


def session_from_call(row: Mapping[str, Any], *, ended_at: datetime) -> RawSession:
    """A raw session as the agent would have written it for this call; the label is never copied."""
    duration = float(row.get("duration_seconds") or 0.0)
    started_at = ended_at - timedelta(seconds=duration)
    turns = list(row.get("transcript", []))
    step = duration / (len(turns) + 1) if turns else 0.0
    transcript = [
        TranscriptTurn(role=turn["role"], text=turn["text"],
                       time=started_at + timedelta(seconds=step * (i + 1)))
        for i, turn in enumerate(turns)
    ]
    # Tools run while the caller is still on the line: just before the last turn.
    tool_time = transcript[-1].time if transcript else ended_at
    tool_calls = [
        ToolCall(
            name=call["tool"],
            arguments=dict(call.get("arguments", {})),
            result=call.get("result"),
            success=bool(call.get("success", False)),
            time=tool_time,
        )
        for call in row.get("tool_calls", [])
    ]
    return RawSession(
        session_id=str(row["id"]),
        agent=REPLAY_AGENT,
        started_at=started_at,
        ended_at=ended_at,
        duration_seconds=duration,
        transcript=transcript,
        # What the live agent's SignalTracker would have found, from the caller's words only.
        signals=extract_signals([turn.text for turn in transcript if turn.role == "user"]),
        tool_calls=tool_calls,
        close_reason="participant_disconnected",
    )
