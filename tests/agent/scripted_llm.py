"""A scripted LLM for offline agent tests: each request gets the next reply (text or tool calls)."""

import json
from dataclasses import dataclass, field
from typing import Any

from livekit.agents import llm
from livekit.agents.llm import ChatChunk, ChoiceDelta, CompletionUsage, FunctionToolCall
from livekit.agents.types import DEFAULT_API_CONNECT_OPTIONS, NOT_GIVEN, APIConnectOptions, NotGivenOr


@dataclass(frozen=True)
class Say:
    text: str


@dataclass(frozen=True)
class Call:
    name: str
    arguments: dict[str, Any] = field(default_factory=dict)


Step = Say | Call


class ScriptedLLM(llm.LLM):
    """Plays `script` in order, one step per LLM request; records every request's chat context."""

    def __init__(self, script: list[Step], *, prompt_tokens: int = 120, completion_tokens: int = 20) -> None:
        super().__init__()
        self._script = list(script)
        self.requests: list[llm.ChatContext] = []
        self.tokens = (prompt_tokens, completion_tokens)

    @property
    def model(self) -> str:
        return "scripted"

    @property
    def remaining(self) -> int:
        return len(self._script)

    def next_step(self) -> Step:
        if not self._script:
            raise AssertionError("the agent asked the LLM for more replies than the script has")
        return self._script.pop(0)

    def chat(
        self,
        *,
        chat_ctx: llm.ChatContext,
        tools: list[llm.Tool] | None = None,
        conn_options: APIConnectOptions = DEFAULT_API_CONNECT_OPTIONS,
        parallel_tool_calls: NotGivenOr[bool] = NOT_GIVEN,
        tool_choice: NotGivenOr[llm.ToolChoice] = NOT_GIVEN,
        extra_kwargs: NotGivenOr[dict[str, Any]] = NOT_GIVEN,
    ) -> llm.LLMStream:
        self.requests.append(chat_ctx.copy())
        return _ScriptedStream(self, chat_ctx=chat_ctx, tools=tools or [], conn_options=conn_options)


class _ScriptedStream(llm.LLMStream):
    def __init__(self, scripted: ScriptedLLM, *, chat_ctx: llm.ChatContext, tools: list[llm.Tool],
                 conn_options: APIConnectOptions) -> None:
        super().__init__(scripted, chat_ctx=chat_ctx, tools=tools, conn_options=conn_options)
        self._scripted = scripted

    async def _run(self) -> None:
        step = self._scripted.next_step()
        request_id = f"scripted-{len(self._scripted.requests)}"
        if isinstance(step, Say):
            delta = ChoiceDelta(role="assistant", content=step.text)
        else:
            call = FunctionToolCall(name=step.name, arguments=json.dumps(step.arguments),
                                    call_id=f"call-{len(self._scripted.requests)}")
            delta = ChoiceDelta(role="assistant", tool_calls=[call])
        self._event_ch.send_nowait(ChatChunk(id=request_id, delta=delta))
        prompt, completion = self._scripted.tokens
        self._event_ch.send_nowait(ChatChunk(id=request_id, usage=CompletionUsage(
            prompt_tokens=prompt, completion_tokens=completion, total_tokens=prompt + completion)))
