"""OpenAI (or any OpenAI-compatible server: Azure, vLLM, Ollama): one structured verdict per call."""

import json
import time
from collections.abc import Callable
from typing import Any, Final

from pydantic import ValidationError

from postcall.ports import LlmUnavailable
from postcall.scoring import JudgePrompt, LlmResult, LlmVerdict

# Servers that need no key (a local vLLM or Ollama) still need a non-empty one for the SDK.
NO_KEY_NEEDED: Final = "not-needed"


class OpenAiLeadJudge:
    """LeadJudge over `chat.completions.parse`; vendor errors become LlmUnavailable(reason)."""

    def __init__(
        self,
        *,
        model: str,
        api_key: Callable[[], str | None],
        base_url: str | None = None,
        timeout_seconds: float = 20.0,
        max_retries: int = 2,
        http_client: Any | None = None,
    ) -> None:
        self._model = model
        self._api_key = api_key
        self._base_url = base_url
        self._timeout = timeout_seconds
        self._max_retries = max_retries
        self._http_client = http_client
        self._client: Any = None
        self._client_key: str | None = None

    @property
    def model(self) -> str:
        return self._model

    def _client_for(self, key: str) -> Any:
        if self._client is None or key != self._client_key:
            import openai  # imported on first use: the rules-only path never pays for it

            self._client = openai.OpenAI(
                api_key=key,
                base_url=self._base_url,
                timeout=self._timeout,
                max_retries=self._max_retries,
                http_client=self._http_client,
            )
            self._client_key = key
        return self._client

    def judge(self, prompt: JudgePrompt) -> LlmResult:
        key = self._api_key() or (NO_KEY_NEEDED if self._base_url else None)
        if not key:
            raise LlmUnavailable("no_api_key")
        client = self._client_for(key)
        import openai

        started = time.perf_counter()
        try:
            completion = client.chat.completions.parse(
                model=self._model,
                messages=[
                    {"role": "system", "content": prompt.system},
                    {"role": "user", "content": prompt.user},
                ],
                response_format=LlmVerdict,
            )
        except openai.APITimeoutError as exc:
            raise LlmUnavailable("timeout", type(exc).__name__) from exc
        except openai.RateLimitError as exc:
            raise LlmUnavailable("rate_limited", type(exc).__name__) from exc
        except openai.ContentFilterFinishReasonError as exc:
            raise LlmUnavailable("refusal", type(exc).__name__) from exc
        except (openai.LengthFinishReasonError, ValidationError, json.JSONDecodeError) as exc:
            raise LlmUnavailable("invalid_output", type(exc).__name__) from exc
        except openai.APIStatusError as exc:
            raise LlmUnavailable("llm_error", f"http_{exc.status_code}") from exc
        except openai.APIError as exc:
            raise LlmUnavailable("llm_error", type(exc).__name__) from exc
        elapsed_ms = (time.perf_counter() - started) * 1000
        if not completion.choices:
            raise LlmUnavailable("invalid_output", "no_choices")
        message = completion.choices[0].message
        if message.refusal:
            raise LlmUnavailable("refusal")
        if not isinstance(message.parsed, LlmVerdict):
            raise LlmUnavailable("invalid_output", "unparsed")
        usage = completion.usage
        return LlmResult(
            verdict=message.parsed,
            model=str(completion.model or self._model),
            input_tokens=usage.prompt_tokens if usage else 0,
            output_tokens=usage.completion_tokens if usage else 0,
            elapsed_ms=elapsed_ms,
        )


def secret_api_key(
    secret_name: str, *, provider: Any | None = None, max_age_seconds: int = 300
) -> Callable[[], str | None]:
    """The key from a Secrets Manager secret (plain, or JSON with `api_key`); None when it does not exist.

    Fetched on first use and cached by Powertools for `max_age_seconds`, so a rotated key is picked up.
    Other Secrets Manager errors propagate: they are transient and the invocation is retried.
    """
    from aws_lambda_powertools.utilities.parameters import SecretsProvider
    from aws_lambda_powertools.utilities.parameters.exceptions import GetParameterError
    from botocore.exceptions import ClientError

    if provider is None:
        import boto3

        # A client from boto3's default session: SecretsProvider() would build a new session (~50 ms cold).
        provider = SecretsProvider(boto3_client=boto3.client("secretsmanager"))
    secrets = provider

    def fetch() -> str | None:
        if not secret_name:
            return None
        try:
            value = secrets.get(secret_name, max_age=max_age_seconds)
        except GetParameterError as exc:
            cause = exc.__cause__ or exc.__context__
            if isinstance(cause, ClientError) and cause.response.get("Error", {}).get("Code") == (
                "ResourceNotFoundException"
            ):
                return None
            raise
        text = value.decode() if isinstance(value, bytes) else str(value or "")
        text = text.strip()
        if text.startswith("{"):
            data = json.loads(text)
            text = str(data.get("api_key") or data.get("OPENAI_API_KEY") or "").strip()
        return text or None

    return fetch
