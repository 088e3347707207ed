"""`python -m scripts.demo [--data DIR] [--duplicates K]`: see README, "Run it all locally"."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from scripts.demo.calls import load_inputs
from scripts.demo.report import build_reports, render_call, render_summary, summary_json
from scripts.demo.runner import DemoOptions, run_demo

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA = ROOT / "events" / "sessions"  # the sample raw sessions (hot, warm, cold)
PROGRESS_AFTER = 10  # calls: shorter runs need no progress lines


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="make demo", description=__doc__)
    parser.add_argument("--data", type=Path, default=None,
                        help="raw session *.json files and/or a calls.jsonl (default: events/sessions/)")
    parser.add_argument("--duplicates", type=int, default=1, help="deliver every S3 notification K times")
    parser.add_argument("--parameter-overrides", nargs="*", default=[], metavar="NAME=VALUE",
                        help="template parameters, as for `sam deploy`")
    parser.add_argument("--log", type=Path, default=ROOT / ".demo" / "functions.log",
                        help="where the functions' own log lines go")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.duplicates < 1:
        sys.exit("--duplicates must be at least 1")
    data_dir = (args.data or DEFAULT_DATA).resolve()
    if not data_dir.is_dir():
        sys.exit(f"no such directory: {data_dir}")
    inputs = load_inputs(data_dir)
    if not inputs:
        sys.exit(f"nothing to replay in {data_dir}: expected *.json raw sessions or a calls.jsonl")
    overrides = dict(item.split("=", 1) for item in args.parameter_overrides)
    options = DemoOptions(root=ROOT, data_dir=data_dir, duplicates=args.duplicates,
                          parameter_overrides=overrides, user_env=dict(os.environ), log_path=args.log)
    print(f"Replaying {len(inputs)} call(s) from {data_dir} through template.yaml on an embedded AWS (moto)"
          + (f", every notification delivered {args.duplicates} times" if args.duplicates > 1 else ""),
          file=sys.stderr, flush=True)
    run = run_demo(options, inputs, progress=sys.stderr if len(inputs) >= PROGRESS_AFTER else None)
    reports = build_reports(run)
    summary = summary_json(run, reports)
    for call in reports:
        print("\n".join(render_call(call)))
    print("\n".join(render_summary(run, summary, str(args.log))))
    print(json.dumps(summary))
    return 1 if summary["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
