"""The agent's parts on their own: settings, email checks, booking backends, knowledge search, spool."""

import json
import os
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
from livekit import rtc
from livekit.agents.metrics import LLMModelUsage, STTModelUsage, TTSModelUsage
from livekit.agents.metrics.usage import AgentSessionUsage

from docketly_agent.booking import InvalidEmail, RecordedBooker, WebhookBooker, normalize_email
from docketly_agent.config import AgentSettings, ConfigError
from docketly_agent.knowledge import KnowledgeBase
from docketly_agent.ports import BookingUnavailable, MeetingRequest
from docketly_agent.recorder import caller_of, session_id_for, usage_from
from docketly_agent.spool import SessionSpool
from postcall.session import SESSION_ID_PATTERN

REQUEST = MeetingRequest(customer_name="Dana Ruiz", customer_email="dana@acme.io",
                         preferred_time="Tuesday 10am", session_id="call-7")


# --- settings ---------------------------------------------------------------------------------

def test_settings_need_a_sessions_bucket() -> None:
    # Given no SESSIONS_BUCKET and a malformed retry interval
    env = {"SESSION_SPOOL_RETRY_SECONDS": "soon"}

    # When the settings are read / Then both problems are reported at once
    with pytest.raises(ConfigError, match=r"SESSIONS_BUCKET.*SESSION_SPOOL_RETRY_SECONDS"):
        AgentSettings.from_env(env)


def test_settings_from_env_pick_models_kms_and_webhook(tmp_path: Path) -> None:
    env = {"SESSIONS_BUCKET": "calls", "SESSIONS_KMS_KEY_ID": "alias/calls", "LLM_MODEL": "gpt-4.1",
           "BOOKING_WEBHOOK_URL": "https://hooks.example.com/book", "SESSION_SPOOL_DIR": str(tmp_path)}

    settings = AgentSettings.from_env(env)

    assert (settings.sse, settings.kms_key_id) == ("aws:kms", "alias/calls")
    assert settings.llm_model == "gpt-4.1"
    assert settings.stt_model == "gpt-4o-mini-transcribe"
    assert settings.booking_webhook_url == "https://hooks.example.com/book"
    assert settings.spool_dir == tmp_path.resolve()


def test_settings_reject_a_non_http_webhook() -> None:
    with pytest.raises(ConfigError, match="BOOKING_WEBHOOK_URL"):
        AgentSettings.from_env({"SESSIONS_BUCKET": "calls", "BOOKING_WEBHOOK_URL": "ftp://x"})


# --- email and booking --------------------------------------------------------------------------

@pytest.mark.parametrize(("spoken", "written"), [
    ("dana@acme.io", "dana@acme.io"),
    ("  Dana.Ruiz+sales@ACME.Example.com ", "Dana.Ruiz+sales@acme.example.com"),
])
def test_valid_emails_are_normalized(spoken: str, written: str) -> None:
    assert normalize_email(spoken) == written


@pytest.mark.parametrize("bad", ["dana at acme dot io", "dana@acme", "dana@@acme.io", "@acme.io",
                                 "dana@acme..io", "da na@acme.io", ""])
def test_invalid_emails_are_refused(bad: str) -> None:
    with pytest.raises(InvalidEmail):
        normalize_email(bad)


def test_recorded_booker_leaves_one_request_file_for_sales(tmp_path: Path) -> None:
    reference = RecordedBooker(tmp_path / "outbox").book(REQUEST)

    [written] = list((tmp_path / "outbox").iterdir())
    document = json.loads(written.read_text())
    assert document["reference"] == reference
    assert document["customer_email"] == "dana@acme.io"
    assert document["session_id"] == "call-7"


class _Hook(BaseHTTPRequestHandler):
    status: ClassVar[int] = 200
    received: ClassVar[list[dict[str, Any]]] = []

    def do_POST(self) -> None:
        length = int(self.headers["Content-Length"])
        type(self).received.append({"auth": self.headers.get("Authorization"),
                                    "body": json.loads(self.rfile.read(length))})
        self.send_response(type(self).status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b'{"id": "BK-42"}')

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def webhook() -> Iterator[tuple[str, type[_Hook]]]:
    """A booking webhook on 127.0.0.1 (loopback only, no network)."""
    handler = type("Hook", (_Hook,), {"status": 200, "received": []})
    server = HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/book", handler
    server.shutdown()
    server.server_close()


def test_webhook_booker_posts_the_request_and_returns_the_webhook_reference(
    webhook: tuple[str, type[_Hook]],
) -> None:
    url, hook = webhook

    reference = WebhookBooker(url, token="s3cret").book(REQUEST)

    assert reference == "BK-42"
    assert hook.received == [{"auth": "Bearer s3cret", "body": {
        "customer_name": "Dana Ruiz", "customer_email": "dana@acme.io",
        "preferred_time": "Tuesday 10am", "session_id": "call-7"}}]


def test_webhook_errors_become_booking_unavailable(
    webhook: tuple[str, type[_Hook]], dead_endpoint: str
) -> None:
    url, hook = webhook
    hook.status = 503

    with pytest.raises(BookingUnavailable, match="503"):
        WebhookBooker(url).book(REQUEST)
    with pytest.raises(BookingUnavailable, match="unreachable"):
        WebhookBooker(dead_endpoint, timeout_seconds=1).book(REQUEST)


# --- knowledge ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "section"), [
    ("how much does it cost per user", "Pricing and plans"),
    ("does it work with HubSpot", "Integrations"),
    ("is it HIPAA compliant", "Security and compliance"),
    ("can we migrate our templates from PandaDoc", "Migration and onboarding"),
    ("can my clients e-sign on their phone", "E-signatures"),
])
def test_knowledge_base_answers_product_questions_from_the_shipped_file(question: str, section: str) -> None:
    kb = KnowledgeBase.from_markdown()

    assert kb.search(question)[0].title == section


def test_knowledge_base_finds_nothing_for_off_topic_questions() -> None:
    assert KnowledgeBase.from_markdown().search("what's the weather in Paris tomorrow") == []


# --- recording helpers ----------------------------------------------------------------------------

@pytest.mark.parametrize("job_id", ["AJ_x8Gf2kPq", "job/with spaces", "___", ""])
def test_session_ids_are_always_path_safe(job_id: str) -> None:
    assert re.fullmatch(SESSION_ID_PATTERN, session_id_for(job_id))


def test_usage_sums_livekit_model_usage_into_schema_totals() -> None:
    usage = AgentSessionUsage(model_usage=[
        LLMModelUsage(provider="openai", model="gpt-4.1-mini", input_tokens=900, output_tokens=120,
                      input_cached_tokens=300),
        STTModelUsage(provider="openai", model="gpt-4o-mini-transcribe", audio_duration=61.5),
        TTSModelUsage(provider="openai", model="gpt-4o-mini-tts", characters_count=740),
    ])

    totals = usage_from(usage)

    assert (totals.llm_input_tokens, totals.llm_output_tokens, totals.llm_cached_tokens) == (900, 120, 300)
    assert (totals.stt_audio_seconds, totals.tts_characters) == (61.5, 740)


# --- spool ----------------------------------------------------------------------------------------

def test_spool_hands_each_file_to_one_claimer_only(tmp_path: Path) -> None:
    # Given a session that failed to upload
    spool = SessionSpool(tmp_path)
    spool.release(spool.hold("call.2026", b"{}"))

    # When two drain passes claim concurrently (the second sees it gone)
    first, second = spool.claim_pending(), spool.claim_pending()
    claimed = list(first)

    # Then exactly one of them owns it, under the original session id
    assert [p.name for p in claimed] == [f"call.2026.{os.getpid()}.json"]
    assert list(second) == []


def test_spool_reclaims_files_of_a_dead_uploader(tmp_path: Path) -> None:
    # Given a file left in flight by a process that no longer exists
    spool = SessionSpool(tmp_path)
    orphan = spool.inflight / "call-9.999999999.json"
    orphan.write_bytes(b"{}")

    assert spool.reclaim_stale() == 1
    assert [p.name for p in spool.pending.iterdir()] == ["call-9.json"]


def test_spool_leaves_this_process_fresh_uploads_alone(tmp_path: Path) -> None:
    spool = SessionSpool(tmp_path)
    held = spool.hold("call-10", b"{}")

    assert spool.reclaim_stale() == 0
    assert held.exists()
    assert spool.pending_count() == 0


class _Participant:
    """The three fields of rtc.RemoteParticipant the recorder reads."""

    def __init__(self, kind: int, identity: str, attributes: dict[str, str]) -> None:
        self.kind, self.identity, self.attributes = kind, identity, attributes


def test_a_phone_caller_is_recorded_with_their_number() -> None:
    sip = _Participant(rtc.ParticipantKind.PARTICIPANT_KIND_SIP, "sip_+15551230144",
                       {"sip.phoneNumber": "+15551230144", "sip.trunkID": "ST_1"})

    caller = caller_of(sip)  # type: ignore[arg-type]

    assert (caller.kind, caller.identity, caller.phone) == ("sip", "sip_+15551230144", "+15551230144")


def test_a_web_caller_has_no_phone() -> None:
    web = _Participant(rtc.ParticipantKind.PARTICIPANT_KIND_STANDARD, "visitor-42",
                       {"sip.phoneNumber": "+1555"})

    caller = caller_of(web)  # type: ignore[arg-type]

    assert (caller.kind, caller.identity, caller.phone) == ("web", "visitor-42", None)
