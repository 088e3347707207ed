"""Deterministic signal extraction: what the live agent, the scorer's fallback and the LLM check share.

extract_signals(texts) -> Signals               caller utterances in order; the last correction wins
SignalTracker().observe(text) -> Signals        incremental, per final utterance (well under 1 ms)
analyze_call(transcript, tool_calls) -> CallFacts
"""

from postcall.extraction.call import analyze_call
from postcall.extraction.signals import SignalTracker, extract_signals

__all__ = ["SignalTracker", "analyze_call", "extract_signals"]
