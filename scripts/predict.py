#!/usr/bin/env python3
"""Predict signals, tier and contact for a labelled data set, in the form ../shared/eval/score.py reads.

usage: predict.py DIR [--out FILE] [--scorer rules|llm]

DIR holds utterances.jsonl and/or calls.jsonl (see LABELS.md). One JSON line per id goes to FILE
(default stdout). Calls go through ScoreLeadFunction's own code: the labelled call becomes a raw
session, the extractor reads it, and with `--scorer llm` one LLM verdict (OPENAI_API_KEY and/or
OPENAI_BASE_URL, OPENAI_MODEL) is evidence-checked and merged exactly as in the Lambda. An LLM
failure falls back to rules, as in the Lambda, and is counted on stderr.
"""

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from postcall.extraction import analyze_call, extract_signals
from postcall.labelled import session_from_call
from postcall.ports import LeadJudge, LlmUnavailable
from postcall.scoring import build_prompt, merge_verdict

# Labelled calls carry no times: every replayed session ends at the same fixed instant.
_ENDED_AT = datetime(2026, 1, 1, tzinfo=UTC)


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    if not path.exists():
        return
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def predict_utterance(row: dict[str, Any]) -> dict[str, Any]:
    return {"id": row["id"], "signals": extract_signals([row["text"]]).model_dump(mode="json")}


class CallPredictor:
    """One call -> tier, signals and contact, through the same steps as ScoreLeadFunction."""

    def __init__(self, judge: LeadJudge | None = None) -> None:
        self._judge = judge
        self.fallbacks: Counter[str] = Counter()

    def __call__(self, row: dict[str, Any]) -> dict[str, Any]:
        session = session_from_call(row, ended_at=_ENDED_AT)
        facts = analyze_call(session.transcript, session.tool_calls)
        verdict = None
        if self._judge is not None:
            try:
                verdict = self._judge.judge(build_prompt(session)).verdict
            except LlmUnavailable as exc:
                self.fallbacks[exc.reason] += 1
        verified = merge_verdict(session, facts, verdict)
        return {
            "id": row["id"],
            "tier": verified.tier,
            "intent": verified.intent,
            "disqualified": verified.disqualifier,
            "signals": verified.signals.model_dump(mode="json"),
            "contact": verified.contact.model_dump(mode="json"),
        }


def openai_judge_from_env() -> LeadJudge:
    """The Lambda's OpenAI adapter, configured from the environment instead of Secrets Manager."""
    from postcall.adapters.openai_llm import OpenAiLeadJudge

    key, base_url = os.environ.get("OPENAI_API_KEY") or None, os.environ.get("OPENAI_BASE_URL") or None
    if not key and not base_url:
        raise SystemExit("predict.py: --scorer llm needs OPENAI_API_KEY or OPENAI_BASE_URL")
    return OpenAiLeadJudge(
        model=os.environ.get("OPENAI_MODEL") or "gpt-4.1-mini",
        api_key=lambda: key,
        base_url=base_url,
        timeout_seconds=float(os.environ.get("OPENAI_TIMEOUT_SECONDS") or 30),
    )


def run(
    data: Path, out: TextIO, progress: TextIO, predict_call: Callable[[dict[str, Any]], dict[str, Any]]
) -> int:
    count = 0
    steps: tuple[tuple[str, Callable[[dict[str, Any]], dict[str, Any]]], ...] = (
        ("utterances.jsonl", predict_utterance), ("calls.jsonl", predict_call),
    )
    for name, fn in steps:
        rows = list(_rows(data / name))
        for n, row in enumerate(rows, 1):
            out.write(json.dumps(fn(row), sort_keys=True) + "\n")
            count += 1
            if n % 25 == 0 or n == len(rows):
                print(f"{name}: {n}/{len(rows)}", file=progress, flush=True)
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("data", type=Path, help="directory with utterances.jsonl and/or calls.jsonl")
    parser.add_argument("--out", type=Path, help="predictions file (default: stdout)")
    parser.add_argument("--scorer", choices=("rules", "llm"), default="rules")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"predict.py: {args.data} is not a directory", file=sys.stderr)
        return 2
    predictor = CallPredictor(openai_judge_from_env() if args.scorer == "llm" else None)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        with args.out.open("w", encoding="utf-8") as fh:
            n = run(args.data, fh, sys.stderr, predictor)
    else:
        n = run(args.data, sys.stdout, sys.stderr, predictor)
    fallbacks = ", ".join(f"{reason}={count}" for reason, count in sorted(predictor.fallbacks.items()))
    print(f"predict.py: {n} predictions ({args.scorer})"
          + (f"; calls scored by rules after an LLM failure: {fallbacks}" if fallbacks else ""),
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
