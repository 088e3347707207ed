"""`make bench`: every benchmark in one run, one summary table, PASS/FAIL per target, and as the last
stdout line one JSON object with every figure. Exits non-zero when any target is missed.

Runs, each in its own process (their own tables stream through): extraction_bench.py (our extractor and
the seed's patterns), agent_bench.py (hook and export), lambda_bench.py (cold starts, sizes, warm cost,
LLM prompt and cost). Expects `make build` to have run (the Makefile target does it).
"""

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Final

BENCH: Final = Path(__file__).resolve().parent
REPO_ROOT: Final = BENCH.parent

SUITES: Final = {
    "extraction": ([sys.executable, str(BENCH / "extraction_bench.py")], {}),
    "agent": ([sys.executable, str(BENCH / "agent_bench.py")], {"PYTHONPATH": str(REPO_ROOT / "agent")}),
    "lambda": ([sys.executable, str(BENCH / "lambda_bench.py")], {}),
}


def run(name: str, command: list[str], env: dict[str, str]) -> dict[str, Any]:
    """Run one suite, echo its output, return the JSON object on its last stdout line."""
    print(f"== {name} ==", flush=True)
    started = time.monotonic()
    done = subprocess.run(
        command, env={**os.environ, **env}, cwd=REPO_ROOT, stdout=subprocess.PIPE, text=True
    )
    lines = done.stdout.rstrip("\n").splitlines()
    for line in lines[:-1]:
        print(line)
    try:
        figures: dict[str, Any] = json.loads(lines[-1]) if lines else {}
    except json.JSONDecodeError:
        print(lines[-1])
        figures = {}
    if not figures:
        figures = {"error": f"{name} bench printed no JSON result (exit {done.returncode})"}
    figures["exit_code"] = done.returncode
    figures["seconds"] = round(time.monotonic() - started, 1)
    print(f"({name}: {figures['seconds']} s, exit {done.returncode})\n", flush=True)
    return figures


def targets(results: dict[str, dict[str, Any]]) -> list[tuple[str, str, str, bool]]:
    """(name, measured, target, met) for every target of issue 7."""
    ext, agent, lam = results["extraction"], results["agent"], results["lambda"]
    rows: list[tuple[str, str, str, bool]] = []
    if "error" not in ext:
        rows.append(
            (
                "extraction per utterance (best-run p99)",
                f"{ext['utterance_best_p99_ms']:.3f} ms",
                "< 1 ms",
                bool(ext.get("target_met")),
            )
        )
    else:
        rows.append(("extraction bench", ext["error"], "runs", False))
    if "error" not in agent:
        rows.append(
            (
                "agent hook p99 (CPU)",
                f"{agent['hook_cpu_ms_p99']:.3f} ms",
                "< 1 ms",
                agent["hook_cpu_ms_p99"] < 1.0,
            )
        )
        rows.append(
            ("agent export p50", f"{agent['export_ms_p50']:.1f} ms", "< 100 ms", agent["export_ms_p50"] < 100)
        )
    else:
        rows.append(("agent bench", agent["error"], "runs", False))
    if "error" not in lam:
        for name, check in lam["checks"].items():
            rows.append((f"lambda {name}", str(check["value"]), check["target"], bool(check["pass"])))
    else:
        rows.append(("lambda bench", lam["error"], "runs", False))
    for name, figures in results.items():
        if figures["exit_code"] != 0 and not any(r[0].startswith(name) for r in rows if not r[3]):
            rows.append((f"{name} bench exit code", str(figures["exit_code"]), "0", False))
    return rows


def print_summary(results: dict[str, dict[str, Any]]) -> None:
    ext, agent, lam = results["extraction"], results["agent"], results["lambda"]
    print("== summary ==")
    if "error" not in lam:
        print(
            f"cold start: fresh process, import + first event, median of {lam['runs']}"
            f"{'optimized':>14} {'naive':>9} {'ratio':>6} {'paired':>7}"
        )
        for fn, short in (("ScoreLeadFunction", "score"), ("SalesforceLeadFunction", "salesforce")):
            print(
                f"  {fn:56} {lam[short + '_cold_ms_p50']:9.0f}ms {lam[short + '_naive_cold_ms_p50']:7.0f}ms "
                f"{lam[short + '_cold_ratio']:6.2f} "
                f"{lam.get(short + '_cold_ratio_paired_p50', float('nan')):7.2f}"
            )
        print(
            "warm event p50 (ms): wall minus network; CPU = extraction + AWS SDK + OpenAI SDK"
            " + Salesforce SDK + rest"
        )
        for group, name in (
            ("score", "ScoreLead, sample call (14 turns)"),
            ("score_30turn", "ScoreLead, 30 turns"),
            ("salesforce", "SalesforceLead"),
        ):
            parts = " + ".join(
                f"{lam.get(f'{group}_warm_cpu_{label}_ms_p50', 0.0):.1f}"
                for label in ("extraction", "aws_sdk", "openai_sdk", "salesforce_sdk", "own")
            )
            print(
                f"  {name:34} {lam[group + '_warm_ms_p50']:6.1f}   "
                f"CPU {lam[group + '_warm_cpu_ms_p50']:5.1f} = {parts}"
            )
        print("artifacts (MB)                      unzipped  zipped  .py without .pyc")
        for name, entry in lam["sizes"].items():
            if name.endswith("_deploy") or name == "naive_host":
                zipped = f"{entry['zipped'] / 1e6:7.1f}" if "zipped" in entry else ""
                print(
                    f"  {name:34} {entry['unzipped'] / 1e6:7.1f} {zipped:>7} "
                    f"{entry.get('py_without_unchecked_pyc', ''):>6}"
                )
        print(
            f"LLM: {lam['llm_calls']} calls for {lam['sessions_scored']} scored sessions; 30-turn prompt "
            f"~{lam['prompt_tokens_30turn']} tokens in, ~{lam['completion_tokens']} out; {lam['model']}: "
            f"${lam['llm_cost_usd_per_1000_calls']:.2f} per 1,000 calls"
        )
    if "error" not in ext:
        print(
            f"extraction (ms): utterance p50 {ext['utterance_p50_ms']:.3f}, "
            f"p99 {ext['utterance_p99_ms']:.3f}, "
            f"best-run p99 {ext['utterance_best_p99_ms']:.3f}; 30-turn call p50 {ext['call30_p50_ms']:.2f} "
            f"(best run {ext['call30_best_p50_ms']:.2f}); seed patterns: utterance p50 "
            f"{ext.get('seed_utterance_p50_ms', float('nan')):.4f}, 30-turn call p50 "
            f"{ext.get('seed_call30_p50_ms', float('nan')):.3f}"
        )
    if "error" not in agent:
        print(
            f"agent (ms): hook CPU p50 {agent['hook_cpu_ms_p50']:.3f}, p99 {agent['hook_cpu_ms_p99']:.3f}; "
            f"export of a 30-turn session p50 {agent['export_ms_p50']:.1f}, p95 {agent['export_ms_p95']:.1f}"
        )


def main() -> int:
    results = {name: run(name, command, env) for name, (command, env) in SUITES.items()}
    rows = targets(results)
    print_summary(results)
    width = max(len(r[0]) for r in rows)
    for name, value, target, met in rows:
        print(f"{'PASS' if met else 'FAIL'}  {name:{width}}  {value}  (target {target})")
    missed = [r[0] for r in rows if not r[3]]
    print(
        f"{len(rows) - len(missed)}/{len(rows)} targets met; load average {os.getloadavg()[0]:.2f} "
        f"on {os.cpu_count()} CPUs"
    )
    summary = {
        "targets": {r[0]: {"value": r[1], "target": r[2], "pass": r[3]} for r in rows},
        "pass": not missed,
        **results,
    }
    print(json.dumps(summary, sort_keys=True, default=str))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
