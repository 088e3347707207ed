"""Deterministic signal extraction: what the live agent, the scorer's fallback and the LLM check share.

extract_signals(texts) -> Signals               caller utterances in order; the last correction wins
SignalTracker().observe(text) -> Signals        incremental, per final utterance (well under 1 ms)
analyze_call(transcript, tool_calls) -> CallFacts
compile_all_patterns()                          patterns compile on first use; the live agent compiles
                                                them all up front so no caller turn waits on one
"""

from postcall.extraction.call import analyze_call
from postcall.extraction.signals import SignalTracker, extract_signals
from postcall.extraction.text import compile_all_patterns

__all__ = ["SignalTracker", "analyze_call", "compile_all_patterns", "extract_signals"]
