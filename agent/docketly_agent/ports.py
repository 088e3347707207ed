"""The agent's two outside systems, each behind a small Protocol: the session archive and the booking backend.

Real adapters: `adapters.S3SessionArchive`, `booking.WebhookBooker`; `booking.RecordedBooker`
records requests locally when no webhook is configured. Tests use moto and local fakes.
"""

from dataclasses import dataclass
from typing import Protocol


class SessionAlreadyArchived(Exception):
    """The key already holds a session: an earlier upload of the same call landed."""


class SessionArchive(Protocol):
    def put_session(self, key: str, body: bytes) -> None:
        """Create the object once (no overwrite).

        Raise SessionAlreadyArchived if the key exists; any other exception means
        "not stored, try again later".
        """
        ...


@dataclass(frozen=True, slots=True)
class MeetingRequest:
    customer_name: str
    customer_email: str
    preferred_time: str
    session_id: str


class BookingUnavailable(Exception):
    """The booking backend could not take the request; the caller must be told, not fooled."""


class MeetingBooker(Protocol):
    def book(self, request: MeetingRequest) -> str:
        """Hand the request to sales; return a reference. Raise BookingUnavailable on failure."""
        ...
