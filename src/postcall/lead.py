"""The lead record: what ScoreLeadFunction writes under leads/ and every later step reads."""

from datetime import datetime
from typing import Annotated, Final, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from postcall.facts import Contact
from postcall.session import SessionId, Signals
from postcall.vocab import Disqualifier, Tier

LeadSchemaVersion = Literal["1.0"]
LEAD_SCHEMA_VERSION: Final[LeadSchemaVersion] = "1.0"

Method = Literal["llm", "rules"]
# Why a lead was scored by rules alone; None when the LLM verdict was used.
FallbackReason = Literal[
    "no_api_key", "timeout", "rate_limited", "llm_error", "refusal", "invalid_output", "disabled",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Reason(_Strict):
    """One reason for the tier, backed by a verbatim caller quote found in the transcript."""

    fact: str
    claim: Annotated[str, Field(max_length=300)]
    quote: Annotated[str, Field(max_length=500)]
    source: Method


class LlmUsage(_Strict):
    model: str
    input_tokens: Annotated[int, Field(ge=0)] = 0
    output_tokens: Annotated[int, Field(ge=0)] = 0
    estimated_cost_usd: Annotated[float, Field(ge=0)] = 0.0


class Timings(_Strict):
    total_ms: Annotated[float, Field(ge=0)]
    llm_ms: Annotated[float, Field(ge=0)] | None = None


class SourceObject(_Strict):
    bucket: str
    key: str
    etag: str
    version_id: str | None = None


class LeadRecord(_Strict):
    schema_version: LeadSchemaVersion = LEAD_SCHEMA_VERSION
    session_id: SessionId
    call_ended_at: AwareDatetime
    scored_at: AwareDatetime
    duration_seconds: Annotated[float, Field(ge=0)]
    tier: Tier
    score: Annotated[int, Field(ge=0, le=100)]
    fit: bool
    intent: bool
    disqualifier: Disqualifier | None = None
    meeting_booked: bool = False
    signals: Signals
    contact: Contact
    reasons: list[Reason] = Field(default_factory=list)
    summary: Annotated[str, Field(max_length=1000)]
    next_step: Annotated[str, Field(max_length=300)]
    method: Method
    fallback_reason: FallbackReason | None = None
    usage: LlmUsage | None = None
    timings: Timings
    source: SourceObject


def lead_key(session_id: str, call_ended_at: datetime) -> str:
    """Where a lead record lives: same date partitions as its raw session."""
    return f"leads/year={call_ended_at:%Y}/month={call_ended_at:%m}/day={call_ended_at:%d}/{session_id}.json"
