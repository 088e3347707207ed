"""The Docketly qualifier: persona, the two tools, and the known-facts note before each reply."""

import asyncio
from collections.abc import AsyncIterable, Callable

from livekit.agents import Agent, FlushSentinel, ModelSettings, RunContext, ToolError, function_tool, llm
from livekit.agents.types import NOT_GIVEN, NotGivenOr

from docketly_agent.booking import InvalidEmail, normalize_email
from docketly_agent.knowledge import KnowledgeBase
from docketly_agent.persona import GREETING, INSTRUCTIONS, known_facts_note
from docketly_agent.ports import BookingUnavailable, MeetingBooker, MeetingRequest
from postcall.session import Signals


class DocketlyAssistant(Agent):
    def __init__(
        self,
        *,
        session_id: str,
        knowledge: KnowledgeBase,
        booker: MeetingBooker,
        known_signals: Callable[[], Signals],
        llm: NotGivenOr[llm.LLM] = NOT_GIVEN,
        greet: bool = True,
    ) -> None:
        super().__init__(instructions=INSTRUCTIONS, llm=llm)
        self._session_id = session_id
        self._knowledge = knowledge
        self._booker = booker
        self._known_signals = known_signals
        self._greet = greet

    async def on_enter(self) -> None:
        if self._greet:
            self.session.say(GREETING)

    def llm_node(
        self, chat_ctx: llm.ChatContext, tools: list[llm.Tool], model_settings: ModelSettings
    ) -> AsyncIterable[llm.ChatChunk | str | FlushSentinel]:
        # Every generation (voice or text) sees what the caller already said, so it won't re-ask.
        note = known_facts_note(self._known_signals())
        if note:
            chat_ctx = chat_ctx.copy()
            chat_ctx.add_message(role="system", content=note)
        return Agent.default.llm_node(self, chat_ctx, tools, model_settings)

    @function_tool
    async def search_knowledge_base(self, context: RunContext, query: str) -> str:
        """Look up facts about Docketly: features, pricing and plans, integrations, e-signatures,
        templates, security and compliance, trials and demos, migration, support. Call it before
        answering any product question.

        Args:
            query: The caller's question in a few words, e.g. "HubSpot integration" or "price per user".
        """
        if len(query.strip()) < 2:
            raise ToolError("The query was empty. Call search_knowledge_base again with the caller's "
                            "question in a few words.")
        sections = self._knowledge.search(query)
        if not sections:
            raise ToolError("Nothing in the Docketly knowledge base answers this. Do not guess: retry once "
                            "with product terms (pricing, integrations, e-signatures, security, trial), or "
                            "tell the caller a specialist will follow up on that question.")
        return "\n\n".join(f"{section.title}: {section.text}" for section in sections)

    @function_tool
    async def book_sales_meeting(
        self, context: RunContext, customer_name: str, customer_email: str, preferred_time: str
    ) -> str:
        """Book a meeting with Docketly's sales team (demo, team pricing, quote, trial extension).
        Call only after the caller agreed and confirmed the spelling of their email address.

        Args:
            customer_name: The caller's full name, e.g. "Dana Ruiz".
            customer_email: The caller's email in written form, e.g. "dana@acme.io".
            preferred_time: The caller's preferred day and time in their words, with time zone if given.
        """
        name = " ".join(customer_name.split())
        if len(name) < 2:
            raise ToolError("The caller's name is missing. Ask for their full name, then call "
                            "book_sales_meeting again.")
        try:
            email = normalize_email(customer_email)
        except InvalidEmail:
            # No echo of the address: LiveKit logs ToolError messages.
            raise ToolError("That is not a valid email address. Ask the caller to spell it again "
                            "(name, the at sign, the domain), read it back to confirm, then call "
                            "book_sales_meeting again with the written form.") from None
        when = " ".join(preferred_time.split())
        if not when:
            raise ToolError("No preferred time was given. Ask the caller which day and time suit them, "
                            "then call book_sales_meeting again.")

        request = MeetingRequest(customer_name=name, customer_email=email, preferred_time=when,
                                 session_id=self._session_id)
        try:
            reference = await asyncio.to_thread(self._booker.book, request)
        except BookingUnavailable:
            raise ToolError("The booking system is unavailable, so no meeting was booked. Apologize, "
                            "tell the caller a sales rep will email them to arrange a time, and do not "
                            "retry.") from None
        return (f"Meeting request {reference} sent to the sales team for {when}. "
                f"Tell the caller a sales rep will confirm by email at {email}.")
