"""Sales-meeting requests: email validation and the two booking backends (webhook, local record)."""

import json
import os
import re
import urllib.error
import urllib.request
import uuid
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

from docketly_agent.ports import BookingUnavailable, MeetingRequest

# Pragmatic, not RFC 5322: one @, no spaces, a dotted domain with a 2+ letter TLD.
_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
                    r"[A-Za-z]{2,63}$")


class InvalidEmail(ValueError):
    pass


def normalize_email(raw: str) -> str:
    """Return the address with a lower-cased domain, or raise InvalidEmail."""
    email = raw.strip().strip(".")
    if len(email) > 254 or not _EMAIL.fullmatch(email) or ".." in email:
        raise InvalidEmail(raw)
    local, domain = email.rsplit("@", 1)
    return f"{local}@{domain.lower()}"


class RecordedBooker:
    """No webhook configured: each request becomes one JSON file in an outbox directory for sales."""

    def __init__(self, outbox_dir: Path) -> None:
        self._outbox = outbox_dir

    def book(self, request: MeetingRequest) -> str:
        reference = f"REQ-{uuid.uuid4().hex[:8].upper()}"
        document = {**asdict(request), "reference": reference,
                    "requested_at": datetime.now(UTC).isoformat()}
        try:
            self._outbox.mkdir(parents=True, exist_ok=True)
            target = self._outbox / f"{request.session_id}-{reference}.json"
            tmp = target.with_suffix(".tmp")
            tmp.write_text(json.dumps(document))
            os.replace(tmp, target)
        except OSError as exc:
            raise BookingUnavailable("the booking outbox is not writable") from exc
        return reference


class WebhookBooker:
    """POSTs the request as JSON to a booking webhook (Zapier, n8n, a CRM endpoint...)."""

    def __init__(self, url: str, *, token: str | None = None, timeout_seconds: float = 5.0) -> None:
        self._url = url
        self._token = token
        self._timeout = timeout_seconds

    def book(self, request: MeetingRequest) -> str:
        headers = {"Content-Type": "application/json"}
        if self._token:
            headers["Authorization"] = f"Bearer {self._token}"
        http_request = urllib.request.Request(
            self._url, data=json.dumps(asdict(request)).encode(), headers=headers, method="POST"
        )
        try:
            with urllib.request.urlopen(http_request, timeout=self._timeout) as response:
                body = response.read(65536)
        except urllib.error.HTTPError as exc:
            raise BookingUnavailable(f"booking webhook answered HTTP {exc.code}") from exc
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            raise BookingUnavailable("booking webhook unreachable") from exc
        return _reference_from(body)


def _reference_from(body: bytes) -> str:
    """Use the webhook's id when it returns one; otherwise a local reference."""
    try:
        payload = json.loads(body) if body else {}
    except ValueError:
        payload = {}
    if isinstance(payload, dict):
        for field in ("reference", "id", "booking_id"):
            value = payload.get(field)
            if isinstance(value, str | int) and str(value):
                return str(value)[:64]
    return f"REQ-{uuid.uuid4().hex[:8].upper()}"
