"""Records one call from AgentSession events and turns it into a RawSession at the end.

Signals are discovered live: every final caller utterance goes through the shared extractor
(`postcall.extraction.SignalTracker`) as it is added to the conversation, so the agent can
use them during the call and the raw session carries them at the end.
"""

import json
import re
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Protocol

from livekit import rtc
from livekit.agents import AgentSession
from livekit.agents.llm import ChatMessage
from livekit.agents.metrics import LLMModelUsage, STTModelUsage, TTSModelUsage
from livekit.agents.metrics.usage import AgentSessionUsage
from livekit.agents.voice.events import CloseEvent, ConversationItemAddedEvent, FunctionToolsExecutedEvent

from postcall.session import (
    SESSION_ID_PATTERN,
    AgentInfo,
    Caller,
    RawSession,
    Signals,
    ToolCall,
    TranscriptTurn,
    TurnMetrics,
    Usage,
)

MAX_TOOL_RESULT_CHARS = 4000
_SESSION_ID = re.compile(SESSION_ID_PATTERN)


class SignalObserver(Protocol):
    """What the recorder needs from the shared extractor's SignalTracker."""

    def observe(self, text: str, *, asked: str | None = None) -> Signals:
        """`asked`: the agent's previous utterance, so a bare "about forty" can be read."""
        ...


def session_id_for(job_id: str) -> str:
    """A path-safe session id from a LiveKit job id (they normally already are)."""
    if _SESSION_ID.fullmatch(job_id):
        return job_id
    cleaned = re.sub(r"[^A-Za-z0-9_.-]", "-", job_id).lstrip("_.-")[:128]
    return cleaned if _SESSION_ID.fullmatch(cleaned) else f"call-{uuid.uuid4().hex}"


def _when(epoch_seconds: float | None) -> datetime | None:
    return datetime.fromtimestamp(epoch_seconds, UTC) if epoch_seconds else None


def _turn_metrics(message: ChatMessage) -> TurnMetrics | None:
    report = message.metrics
    metrics = TurnMetrics(
        end_of_turn_delay=report.get("end_of_turn_delay"),
        transcription_delay=report.get("transcription_delay"),
        llm_ttft=report.get("llm_node_ttft"),
        tts_ttfb=report.get("tts_node_ttfb"),
        e2e_latency=report.get("e2e_latency"),
    )
    return metrics if metrics.model_dump(exclude_none=True) else None


def _arguments(raw: str) -> dict[str, Any]:
    try:
        parsed = json.loads(raw) if raw else {}
    except ValueError:
        return {"raw": raw}
    return parsed if isinstance(parsed, dict) else {"raw": parsed}


def caller_of(participant: rtc.RemoteParticipant) -> Caller:
    """Who called: telephone callers (SIP) carry their number in the `sip.phoneNumber` attribute."""
    identity = participant.identity[:256] or None
    if participant.kind == rtc.ParticipantKind.PARTICIPANT_KIND_SIP:
        phone = participant.attributes.get("sip.phoneNumber")
        return Caller(kind="sip", identity=identity, phone=phone[:32] if phone else None)
    return Caller(kind="web", identity=identity)


def usage_from(session_usage: AgentSessionUsage | None) -> Usage:
    """Sum LiveKit's per-model usage (session.usage) into the schema's totals."""
    totals = {"llm_input_tokens": 0, "llm_output_tokens": 0, "llm_cached_tokens": 0,
              "stt_audio_seconds": 0.0, "tts_characters": 0}
    for item in session_usage.model_usage if session_usage else []:
        if isinstance(item, LLMModelUsage):
            totals["llm_input_tokens"] += item.input_tokens
            totals["llm_output_tokens"] += item.output_tokens
            totals["llm_cached_tokens"] += item.input_cached_tokens
        elif isinstance(item, STTModelUsage):
            totals["stt_audio_seconds"] += item.audio_duration
        elif isinstance(item, TTSModelUsage):
            totals["tts_characters"] += item.characters_count
    return Usage.model_validate(totals)


class CallRecorder:
    """Everything the raw session needs, collected while the call runs (event handlers stay sub-ms)."""

    def __init__(
        self,
        *,
        session_id: str,
        agent: AgentInfo,
        tracker: SignalObserver,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.session_id = session_id
        self._agent = agent
        self._tracker = tracker
        self._clock = clock
        self.started_at = clock()
        self.caller = Caller()
        self.signals = Signals()
        self.close_reason: str | None = None
        self._turns: list[TranscriptTurn] = []
        self._tool_calls: list[ToolCall] = []
        self._last_agent_text: str | None = None

    def attach(self, session: AgentSession) -> None:
        session.on("conversation_item_added", self.on_item_added)
        session.on("function_tools_executed", self.on_tools_executed)
        session.on("close", self.on_close)

    def set_caller(self, participant: rtc.RemoteParticipant) -> None:
        self.caller = caller_of(participant)

    def on_item_added(self, event: ConversationItemAddedEvent) -> None:
        item = event.item
        if not isinstance(item, ChatMessage) or item.role not in ("user", "assistant"):
            return
        text = item.text_content
        if not text:
            return
        self._turns.append(TranscriptTurn(
            role="user" if item.role == "user" else "assistant",
            text=text,
            time=_when(item.created_at),
            interrupted=item.interrupted,
            metrics=_turn_metrics(item),
        ))
        if item.role == "user":
            self.signals = self._tracker.observe(text, asked=self._last_agent_text)
        else:
            self._last_agent_text = text

    def on_tools_executed(self, event: FunctionToolsExecutedEvent) -> None:
        outputs = {output.call_id: output for output in event.function_call_outputs if output}
        for call in event.function_calls:
            output = outputs.get(call.call_id)
            self._tool_calls.append(ToolCall(
                name=call.name,
                arguments=_arguments(call.arguments),
                result=output.output[:MAX_TOOL_RESULT_CHARS] if output else None,
                success=output is not None and not output.is_error,
                time=_when(call.created_at),
            ))

    def on_close(self, event: CloseEvent) -> None:
        reason = event.reason.value
        self.close_reason = f"{reason}:{event.error.type}" if event.error else reason

    def snapshot(self, *, usage: AgentSessionUsage | None, fallback_close_reason: str | None = None
                 ) -> RawSession:
        ended_at = self._clock()
        reason = self.close_reason or fallback_close_reason
        return RawSession(
            session_id=self.session_id,
            agent=self._agent,
            started_at=self.started_at,
            ended_at=ended_at,
            duration_seconds=max(0.0, (ended_at - self.started_at).total_seconds()),
            caller=self.caller,
            transcript=list(self._turns),
            signals=self.signals,
            tool_calls=list(self._tool_calls),
            usage=usage_from(usage),
            close_reason=reason[:128] if reason else None,
        )
