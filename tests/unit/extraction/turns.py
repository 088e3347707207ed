"""Calls written as alternating turns for the extraction tests: agent, caller, agent, caller..."""

from postcall.extraction import analyze_call
from postcall.facts import CallFacts
from postcall.session import ToolCall, TranscriptTurn
from postcall.tiers import is_fit, tier_for


def call(*turns: str, tools: list[ToolCall] | None = None) -> CallFacts:
    """Turns alternate agent, caller, agent, caller..."""
    transcript = [
        TranscriptTurn(role="assistant" if n % 2 == 0 else "user", text=text) for n, text in enumerate(turns)
    ]
    return analyze_call(transcript, tools or [])


def tier(facts: CallFacts) -> str:
    return tier_for(fit=is_fit(facts.signals), intent=facts.intent, disqualifier=facts.disqualifier)
