"""Salesforce writes seen on the wire: in a live run they are the CRM effects, and they leave nothing in S3.

The function's own result cannot tell: an idempotent replay returns the first call's result again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlparse

import requests

_LEAD_PATH = re.compile(r"/sobjects/Lead(?:/(?P<rest>[^?]*))?/?$")


@dataclass(frozen=True)
class SalesforceWrite:
    action: str  # created | updated
    lead_id: str


@dataclass
class SalesforceWrites:
    writes: list[SalesforceWrite] = field(default_factory=list)

    @contextmanager
    def observing(self) -> Iterator[None]:
        """Record every successful Lead create/update/upsert made through `requests` inside the block."""
        original = requests.Session.send

        def send(session: requests.Session, request: requests.PreparedRequest, **kwargs: Any) -> Any:
            response = original(session, request, **kwargs)
            if write := lead_write(request, response):
                self.writes.append(write)
            return response

        requests.Session.send = send  # type: ignore[method-assign,assignment]
        try:
            yield
        finally:
            requests.Session.send = original  # type: ignore[method-assign]


def lead_write(request: requests.PreparedRequest, response: requests.Response) -> SalesforceWrite | None:
    """POST Lead/ creates; PATCH Lead/<id> updates; PATCH Lead/<field>/<value> upserts (201: created)."""
    match = _LEAD_PATH.search(urlparse(request.url or "").path)
    if match is None or not 200 <= response.status_code < 300:
        return None
    rest = unquote(match.group("rest") or "").strip("/")
    body = _json(response)
    if request.method == "POST" and not rest:
        return SalesforceWrite("created", str(body.get("id", "")))
    if request.method == "PATCH" and rest and "/" not in rest:
        return SalesforceWrite("updated", rest)
    if request.method == "PATCH" and rest:
        created = response.status_code == 201 or body.get("created") is True
        return SalesforceWrite("created" if created else "updated", str(body.get("id", rest)))
    return None


def _json(response: requests.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}
