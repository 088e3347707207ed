"""Function settings, read from the environment and validated once per cold start."""

import os
from collections.abc import Mapping
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError


class ConfigError(RuntimeError):
    """A deployment mistake: fail the cold start loudly instead of mis-scoring every call."""


class ScoreLeadSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    idempotency_table: Annotated[str, Field(min_length=1)]
    hot_lead_topic_arn: Annotated[str, Field(pattern=r"^arn:aws[a-z-]*:sns:")]
    openai_secret_name: str = ""
    openai_model: Annotated[str, Field(min_length=1)] = "gpt-4.1-mini"
    openai_base_url: str | None = None
    openai_timeout_seconds: Annotated[float, Field(gt=0, le=120)] = 20.0
    openai_max_retries: Annotated[int, Field(ge=0, le=5)] = 2
    # Local runs only (demo, tests): a key in the environment instead of Secrets Manager.
    openai_api_key: SecretStr | None = None
    max_session_bytes: Annotated[int, Field(gt=0, le=50 * 1024 * 1024)] = 1024 * 1024
    sessions_prefix: str = "sessions/"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Self:
        env = os.environ if env is None else env
        raw = {
            "idempotency_table": env.get("IDEMPOTENCY_TABLE", ""),
            "hot_lead_topic_arn": env.get("HOT_LEAD_TOPIC_ARN", ""),
            "openai_secret_name": env.get("OPENAI_SECRET_NAME", ""),
            "openai_model": env.get("OPENAI_MODEL") or None,
            "openai_base_url": env.get("OPENAI_BASE_URL") or None,
            "openai_timeout_seconds": env.get("OPENAI_TIMEOUT_SECONDS") or None,
            "openai_max_retries": env.get("OPENAI_MAX_RETRIES") or None,
            "openai_api_key": env.get("OPENAI_API_KEY") or None,
            "max_session_bytes": env.get("MAX_SESSION_BYTES") or None,
        }
        try:
            return cls.model_validate({k: v for k, v in raw.items() if v is not None})
        except ValidationError as exc:
            fields = ", ".join(".".join(map(str, e["loc"])) for e in exc.errors())
            raise ConfigError(f"invalid ScoreLeadFunction settings: {fields}") from exc
