#!/usr/bin/env python3
"""Predict signals, tier and contact for a labelled data set, in the form ../shared/eval/score.py reads.

usage: predict.py DIR [--out FILE] [--scorer rules|llm]

DIR holds utterances.jsonl and/or calls.jsonl (see LABELS.md). One JSON line per id goes to FILE
(default stdout). The same extraction code runs here as in the Lambdas and the voice agent.
"""

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from postcall.extraction import analyze_call, extract_signals
from postcall.session import ToolCall, TranscriptTurn
from postcall.tiers import is_fit, tier_for


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    if not path.exists():
        return
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def predict_utterance(row: dict[str, Any]) -> dict[str, Any]:
    return {"id": row["id"], "signals": extract_signals([row["text"]]).model_dump(mode="json")}


def predict_call(row: dict[str, Any]) -> dict[str, Any]:
    transcript = [TranscriptTurn(role=t["role"], text=t.get("text") or "") for t in row.get("transcript", [])]
    tool_calls = [
        ToolCall(
            name=tc.get("tool") or tc.get("name") or "unknown",
            arguments=tc.get("arguments") or {},
            success=bool(tc.get("success")),
        )
        for tc in row.get("tool_calls", [])
    ]
    facts = analyze_call(transcript, tool_calls)
    tier = tier_for(fit=is_fit(facts.signals), intent=facts.intent, disqualifier=facts.disqualifier)
    return {
        "id": row["id"],
        "tier": tier,
        "intent": facts.intent,
        "disqualified": facts.disqualifier,
        "signals": facts.signals.model_dump(mode="json"),
        "contact": facts.contact.model_dump(mode="json"),
    }


def run(data: Path, out: TextIO, progress: TextIO) -> int:
    count = 0
    for name, fn in (("utterances.jsonl", predict_utterance), ("calls.jsonl", predict_call)):
        rows = list(_rows(data / name))
        for n, row in enumerate(rows, 1):
            out.write(json.dumps(fn(row), sort_keys=True) + "\n")
            count += 1
            if len(rows) >= 200 and (n % 100 == 0 or n == len(rows)):
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
    if args.scorer == "llm":
        print(
            "predict.py: --scorer llm is not wired here yet: the LLM scorer belongs to the pipeline "
            "(postcall scoring); run with --scorer rules (SCORER=rules) for the deterministic extractor.",
            file=sys.stderr,
        )
        return 2
    if not args.data.is_dir():
        print(f"predict.py: {args.data} is not a directory", file=sys.stderr)
        return 2
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        with args.out.open("w", encoding="utf-8") as fh:
            n = run(args.data, fh, sys.stderr)
    else:
        n = run(args.data, sys.stdout, sys.stderr)
    print(f"predict.py: {n} predictions ({args.scorer})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
