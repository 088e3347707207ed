"""Demo inputs: raw session files uploaded byte for byte, and LABELS.md calls turned into raw sessions."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pydantic import ValidationError

from postcall.labelled import session_from_call
from postcall.session import RawSession, session_key

_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")


@dataclass(frozen=True)
class DemoInput:
    """One object the demo uploads: the id the report uses, its S3 key and its exact bytes."""

    call_id: str
    key: str
    body: bytes
    source: str


def load_inputs(data_dir: Path, *, now: datetime | None = None) -> list[DemoInput]:
    """Every *.json file of data_dir (sorted) as is, then every call of data_dir/calls.jsonl."""
    now = now or datetime.now(UTC).replace(microsecond=0)
    inputs = [raw_file_input(path, now=now) for path in sorted(data_dir.glob("*.json"))]
    calls = data_dir / "calls.jsonl"
    if calls.exists():
        inputs.extend(call_inputs(calls, now=now))
    return inputs


def raw_file_input(path: Path, *, now: datetime) -> DemoInput:
    """Upload the file's bytes unchanged; the key is where the agent would write it, if it can tell."""
    body = path.read_bytes()
    try:
        session = RawSession.model_validate_json(body)
    except ValidationError:
        # Malformed on purpose or by accident: still under sessions/, so ScoreLeadFunction sees it.
        safe_name = _UNSAFE.sub("_", path.stem)[:100] or "unnamed"
        return DemoInput(safe_name, session_key(safe_name, now), body, str(path))
    return DemoInput(session.session_id, session_key(session.session_id, session.ended_at), body, str(path))


def call_inputs(path: Path, *, now: datetime) -> Iterator[DemoInput]:
    lines = [(number, line) for number, line in enumerate(path.read_text().splitlines(), start=1)
             if line.strip()]
    for position, (line_number, line) in enumerate(lines):
        row = json.loads(line)
        # Calls end a few minutes apart, the last one `now`, in file order.
        ended_at = now - timedelta(minutes=5 * (len(lines) - 1 - position))
        session = session_from_call(row, ended_at=ended_at)
        body = session.model_dump_json(indent=2, exclude_none=True).encode()
        yield DemoInput(session.session_id, session_key(session.session_id, session.ended_at), body,
                        f"{path}:{line_number}")
