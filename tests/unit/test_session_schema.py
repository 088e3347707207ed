import json
from pathlib import Path

import jsonschema
import pytest
from pydantic import ValidationError

from postcall.session import RawSession, raw_session_json_schema, session_key

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "docs" / "raw-session.schema.json"

MINIMAL = {
    "session_id": "call-01",
    "agent": {"name": "docketly-qualifier", "version": "1.0.0"},
    "started_at": "2026-11-20T10:00:00Z",
    "ended_at": "2026-11-20T10:05:00Z",
    "duration_seconds": 300.0,
}


def test_generated_schema_file_is_current():
    assert json.loads(SCHEMA_FILE.read_text()) == raw_session_json_schema()


def test_minimal_session_validates_in_both_pydantic_and_json_schema():
    session = RawSession.model_validate(MINIMAL)
    jsonschema.validate(json.loads(session.model_dump_json()), json.loads(SCHEMA_FILE.read_text()))
    assert session.schema_version == "1.0"


@pytest.mark.parametrize("bad_id", ["../../x", "a/b", "", "x" * 129, ".hidden"])
def test_hostile_session_ids_are_rejected(bad_id):
    with pytest.raises(ValidationError):
        RawSession.model_validate({**MINIMAL, "session_id": bad_id})


def test_unknown_integration_is_rejected():
    with pytest.raises(ValidationError):
        RawSession.model_validate({**MINIMAL, "signals": {"integrations": ["docusign"]}})


def test_session_key_is_date_partitioned():
    session = RawSession.model_validate(MINIMAL)
    assert session_key(session.session_id, session.ended_at) == (
        "sessions/year=2026/month=11/day=20/call-01.json"
    )
