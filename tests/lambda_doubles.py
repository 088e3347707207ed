"""Test doubles shared by the function, reliability and prediction tests: one of each."""

import uuid
from dataclasses import dataclass, field

import httpx2

REGION = "us-east-1"
ACCOUNT = "123456789012"


@dataclass
class FakeLambdaContext:
    """The LambdaContext fields Powertools reads; `remaining_ms` is what an in-progress record lives."""

    function_name: str
    remaining_ms: int = 60_000
    memory_limit_in_mb: int = 512
    aws_request_id: str = field(default_factory=lambda: str(uuid.uuid4()))

    @property
    def invoked_function_arn(self) -> str:
        return f"arn:aws:lambda:{REGION}:{ACCOUNT}:function:{self.function_name}"

    def get_remaining_time_in_millis(self) -> int:
        return self.remaining_ms


def chat_completion(content: str | None, *, refusal: str | None = None) -> httpx2.Response:
    """An OpenAI chat-completions reply, as the mock transport returns it."""
    return httpx2.Response(200, json={
        "id": "chatcmpl-1", "object": "chat.completion", "created": 1_790_000_000, "model": "gpt-4.1-mini",
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": content, "refusal": refusal}}],
        "usage": {"prompt_tokens": 1840, "completion_tokens": 310, "total_tokens": 2150},
    })
