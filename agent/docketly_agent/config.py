"""The agent's settings, read from the environment and validated once per process start."""

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from docketly_agent import AGENT_NAME, AGENT_VERSION

SseMode = Literal["AES256", "aws:kms"]


DEFAULT_LLM_MODEL = "gpt-4.1-mini"
DEFAULT_STT_MODEL = "gpt-4o-mini-transcribe"
DEFAULT_TTS_MODEL = "gpt-4o-mini-tts"
DEFAULT_TTS_VOICE = "coral"


class ConfigError(ValueError):
    """A setting is missing or invalid: the agent must not start without it."""


@dataclass(frozen=True, slots=True)
class AgentSettings:
    sessions_bucket: str
    spool_dir: Path
    spool_retry_seconds: float = 60.0
    sse: SseMode = "AES256"
    kms_key_id: str | None = None
    llm_model: str = DEFAULT_LLM_MODEL
    stt_model: str = DEFAULT_STT_MODEL
    tts_model: str = DEFAULT_TTS_MODEL
    tts_voice: str = DEFAULT_TTS_VOICE
    booking_webhook_url: str | None = None
    booking_webhook_token: str | None = None
    booking_outbox_dir: Path = Path(".spool/bookings")
    booking_timeout_seconds: float = 5.0
    agent_name: str = AGENT_NAME
    agent_version: str = AGENT_VERSION

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> "AgentSettings":
        """Build from environment variables; raise ConfigError naming every problem at once."""
        problems: list[str] = []
        bucket = env.get("SESSIONS_BUCKET", "").strip()
        if not bucket:
            problems.append("SESSIONS_BUCKET is required (the bucket raw sessions are written to)")

        retry = _positive_float(env, "SESSION_SPOOL_RETRY_SECONDS", 60.0, problems)
        timeout = _positive_float(env, "BOOKING_WEBHOOK_TIMEOUT_SECONDS", 5.0, problems)

        kms_key_id = env.get("SESSIONS_KMS_KEY_ID", "").strip() or None
        sse: SseMode = "aws:kms" if kms_key_id else "AES256"

        webhook = env.get("BOOKING_WEBHOOK_URL", "").strip() or None
        if webhook and not webhook.startswith(("https://", "http://")):
            problems.append("BOOKING_WEBHOOK_URL must be an http(s) URL")

        if problems:
            raise ConfigError("; ".join(problems))

        return cls(
            sessions_bucket=bucket,
            spool_dir=Path(env.get("SESSION_SPOOL_DIR", ".spool/sessions")).resolve(),
            spool_retry_seconds=retry,
            sse=sse,
            kms_key_id=kms_key_id,
            llm_model=env.get("LLM_MODEL", DEFAULT_LLM_MODEL),
            stt_model=env.get("STT_MODEL", DEFAULT_STT_MODEL),
            tts_model=env.get("TTS_MODEL", DEFAULT_TTS_MODEL),
            tts_voice=env.get("TTS_VOICE", DEFAULT_TTS_VOICE),
            booking_webhook_url=webhook,
            booking_webhook_token=env.get("BOOKING_WEBHOOK_TOKEN", "").strip() or None,
            booking_outbox_dir=Path(env.get("BOOKING_OUTBOX_DIR", ".spool/bookings")).resolve(),
            booking_timeout_seconds=timeout,
        )


def _positive_float(env: Mapping[str, str], name: str, default: float, problems: list[str]) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        problems.append(f"{name} must be a number, got {raw!r}")
        return default
    if value <= 0:
        problems.append(f"{name} must be > 0")
    return value
