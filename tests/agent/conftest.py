"""Offline fixtures for the voice agent: a local moto S3 server, settings on tmp dirs, a dead endpoint."""

import json
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from moto.server import ThreadedMotoServer

from docketly_agent.config import AgentSettings

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "docs" / "raw-session.schema.json"


@pytest.fixture(scope="session")
def moto_endpoint() -> Iterator[str]:
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def aws_env(monkeypatch: pytest.MonkeyPatch, moto_endpoint: str) -> str:
    """Every boto3 client built in the test talks to the local moto server (AWS_ENDPOINT_URL)."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.delenv("AWS_PROFILE", raising=False)
    monkeypatch.setenv("AWS_ENDPOINT_URL", moto_endpoint)
    return moto_endpoint


@pytest.fixture
def s3(aws_env: str) -> Any:
    return boto3.client("s3")


@pytest.fixture
def bucket(s3: Any) -> str:
    name = f"sessions-{uuid.uuid4().hex[:12]}"
    s3.create_bucket(Bucket=name)
    return name


@pytest.fixture
def settings(tmp_path: Path, bucket: str) -> AgentSettings:
    return AgentSettings(
        sessions_bucket=bucket,
        spool_dir=tmp_path / "spool",
        spool_retry_seconds=0.05,
        booking_outbox_dir=tmp_path / "bookings",
    )


@pytest.fixture
def dead_endpoint() -> str:
    """A local port with nothing listening: S3 "down" without touching the network."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def raw_session_schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(SCHEMA_FILE.read_text())
    return schema
