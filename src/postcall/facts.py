"""What the deterministic extractor finds in a call, each fact backed by the caller's words."""

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from postcall.session import Signals
from postcall.vocab import Disqualifier

FactName = Literal[
    "team_size", "monthly_volume", "urgency", "integrations", "industry", "intent", "disqualifier",
]
IntentKind = Literal["urgency", "demo", "sales", "pricing", "quote", "trial_extension", "meeting_booked",
                     "timeline"]


class Contact(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    company: str | None = None
    phone: str | None = None


class Evidence(BaseModel):
    """A fact and the verbatim caller quote it rests on (empty quote: from a tool call)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    fact: FactName
    quote: Annotated[str, Field(max_length=500)]


class CallFacts(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    signals: Signals = Field(default_factory=Signals)
    contact: Contact = Field(default_factory=Contact)
    intent: bool = False
    intent_kinds: list[IntentKind] = Field(default_factory=list)
    disqualifier: Disqualifier | None = None
    evidence: list[Evidence] = Field(default_factory=list)
