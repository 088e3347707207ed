"""The raw session: what the voice agent writes to S3 when a call ends.

This is the contract between the agent (producer) and the functions (consumers).
Bump SCHEMA_VERSION on any incompatible change; docs/raw-session.schema.json is
generated from these models (`make schema`) and validated against in tests.
"""

from datetime import datetime
from typing import Annotated, Any, Final, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator

from postcall.vocab import Industry, Integration

SchemaVersion = Literal["1.0"]
SCHEMA_VERSION: Final[SchemaVersion] = "1.0"

# Session ids become S3 keys and log correlation ids: keep them path-safe and short.
SESSION_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$"
SessionId = Annotated[str, Field(pattern=SESSION_ID_PATTERN, description="Path-safe, at most 128 chars.")]


class _Strict(BaseModel):
    # No inf/NaN: JSON has no such numbers, and a lead record carrying one is not valid JSON downstream.
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class Signals(_Strict):
    """The five qualification signals of the labelling rules (LABELS.md)."""

    team_size: Annotated[int, Field(ge=1)] | None = None
    monthly_volume: Annotated[int, Field(ge=1)] | None = None
    urgency: bool = False
    integrations: list[Integration] = Field(default_factory=list)
    industry: Industry | None = None

    @field_validator("integrations")
    @classmethod
    def _sorted_unique(cls, value: list[Integration]) -> list[Integration]:
        return sorted(set(value))


class AgentInfo(_Strict):
    name: Annotated[str, Field(min_length=1, max_length=128)]
    version: Annotated[str, Field(min_length=1, max_length=64)]


class Caller(_Strict):
    """Who called. `phone` is set for SIP (telephone) participants only."""

    kind: Literal["sip", "web", "unknown"] = "unknown"
    identity: Annotated[str, Field(max_length=256)] | None = None
    phone: Annotated[str, Field(max_length=32)] | None = None


class TurnMetrics(_Strict):
    """Per-turn latency, seconds, from LiveKit's ChatMessage.metrics (all optional)."""

    end_of_turn_delay: float | None = None
    transcription_delay: float | None = None
    llm_ttft: float | None = None
    tts_ttfb: float | None = None
    e2e_latency: float | None = None


class TranscriptTurn(_Strict):
    role: Literal["user", "assistant"]
    text: str
    time: AwareDatetime | None = None
    interrupted: bool = False
    metrics: TurnMetrics | None = None


class ToolCall(_Strict):
    name: Annotated[str, Field(min_length=1, max_length=128)]
    arguments: dict[str, Any] = Field(default_factory=dict)
    result: str | None = None
    success: bool
    time: AwareDatetime | None = None


class Usage(_Strict):
    llm_input_tokens: Annotated[int, Field(ge=0)] = 0
    llm_output_tokens: Annotated[int, Field(ge=0)] = 0
    llm_cached_tokens: Annotated[int, Field(ge=0)] = 0
    stt_audio_seconds: Annotated[float, Field(ge=0)] = 0.0
    tts_characters: Annotated[int, Field(ge=0)] = 0


class RawSession(_Strict):
    """One finished call, as the agent recorded it."""

    schema_version: SchemaVersion = SCHEMA_VERSION
    session_id: SessionId
    agent: AgentInfo
    started_at: AwareDatetime
    ended_at: AwareDatetime
    duration_seconds: Annotated[float, Field(ge=0)]
    caller: Caller = Field(default_factory=Caller)
    transcript: list[TranscriptTurn] = Field(default_factory=list)
    signals: Signals = Field(default_factory=Signals)
    tool_calls: list[ToolCall] = Field(default_factory=list)
    usage: Usage = Field(default_factory=Usage)
    close_reason: Annotated[str, Field(max_length=128)] | None = None

    def caller_texts(self) -> list[str]:
        """The caller's own words, in order: the only source of signals and evidence."""
        return [turn.text for turn in self.transcript if turn.role == "user"]


def session_key(session_id: str, ended_at: datetime) -> str:
    """Where a raw session lives in the sessions bucket (Hive-style date partitions)."""
    return f"sessions/year={ended_at:%Y}/month={ended_at:%m}/day={ended_at:%d}/{session_id}.json"


def raw_session_json_schema() -> dict[str, Any]:
    schema = RawSession.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://postcall.dev/schemas/raw-session/{SCHEMA_VERSION}.json"
    return schema
