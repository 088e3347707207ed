"""Small Protocols between the application services and the outside systems, plus their domain errors.

Adapters in `postcall.adapters` implement these with boto3/openai; tests use fakes or moto.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from postcall.lead import FallbackReason

if TYPE_CHECKING:  # scoring pulls in the extractor; the CRM path needs none of it at run time
    from postcall.crm import LeadSave, SavedLead
    from postcall.scoring import JudgePrompt, LlmResult


@dataclass(frozen=True)
class ObjectRef:
    """One object version named by an S3 event (key already URL-decoded)."""

    bucket: str
    key: str
    etag: str = ""
    version_id: str | None = None
    size: int | None = None

    def identity(self) -> dict[str, str]:
        """What makes an event a duplicate: the same bucket, key and ETag."""
        return {"bucket": self.bucket, "key": self.key, "etag": self.etag}

    @property
    def uri(self) -> str:
        return f"s3://{self.bucket}/{self.key}"


@dataclass(frozen=True)
class StoredObject:
    """The bytes of an object version, with the ETag and version actually read."""

    ref: ObjectRef
    body: bytes


class PermanentError(Exception):
    """Retrying cannot help: the input itself is wrong. Quarantine it and stop."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class BadInput(PermanentError):
    """The object is not a valid document (not JSON, schema violation, too large, wrong key)."""


class ObjectTooLarge(BadInput):
    """The object exceeds the size limit; detected before its body is read."""


class ObjectMissing(PermanentError):
    """The object named by the event no longer exists."""


class LlmUnavailable(Exception):
    """The LLM gave no usable verdict; the caller falls back to rules-only scoring."""

    def __init__(self, reason: FallbackReason, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason: FallbackReason = reason
        self.detail = detail


class ObjectStore(Protocol):
    def read(self, ref: ObjectRef, *, max_bytes: int) -> StoredObject:
        """Raise ObjectTooLarge (before reading the body) or ObjectMissing; transient errors propagate."""
        ...

    def put_json(self, bucket: str, key: str, document: Mapping[str, Any]) -> None: ...

    def quarantine(self, ref: ObjectRef, reason: str) -> str:
        """Copy the object to quarantine/<key> with the reason attached; return the new key."""
        ...

    def find_quarantined(self, ref: ObjectRef) -> tuple[str, str] | None:
        """(quarantine key, reason) if this object version (key and ETag) is in quarantine, else None."""
        ...


class AlertPublisher(Protocol):
    def publish(self, subject: str, body: str, attributes: Mapping[str, str | int | float]) -> str:
        """Send one message; return its id."""
        ...


class LeadJudge(Protocol):
    """The LLM: one structured verdict per call. Raises LlmUnavailable with the fallback reason."""

    @property
    def model(self) -> str: ...

    def judge(self, prompt: "JudgePrompt") -> "LlmResult": ...


class Once(Protocol):
    """Runs an action at most once per key (until the record expires); repeats return the first result."""

    def run(self, key: Mapping[str, str], action: Callable[[], dict[str, Any]]) -> dict[str, Any]: ...

    def register_lambda_context(self, context: Any) -> None:
        """Lets an in-progress record expire with the invocation, so a retry after a timeout can run."""
        ...


class MetricsSink(Protocol):
    """What the services record; Powertools' Metrics satisfies it."""

    def add_metric(self, name: str, unit: str, value: float) -> None: ...


class LeadSink(Protocol):
    """Where a call's Lead goes: Salesforce (create or update, deduplicated) or the dry-run outbox.

    Raises postcall.crm.CrmUnavailable (retry later) or CrmRejected (the data is refused: quarantine).
    """

    def save(self, request: "LeadSave") -> "SavedLead": ...
