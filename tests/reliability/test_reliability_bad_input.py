"""Malformed session objects (tests/fixtures/malformed/corpus.py) arriving next to a good call.

Each must end in quarantine/ with a clear reason, on the first attempt (no retry storm), with no side
effect (no LLM call, lead record, alert or CRM Lead of its own), while the good call is scored normally.
"""

import copy
import json
import time
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from tests.fixtures.malformed.corpus import CASES, MalformedCase, write_corpus
from tests.reliability.pipeline import Pipeline
from tests.reliability.test_reliability_delivery import HOT_KEY, HOT_LEAD, sample

MAX_SESSION_BYTES = 1024 * 1024  # ScoreLeadSettings' default


def test_the_corpus_covers_the_issue_list():
    names = {case.name for case in CASES}
    assert len(CASES) >= 25 and len(names) == len(CASES)
    for needed in ("empty", "truncated", "plain-text", "binary", "not-utf8-latin1", "root-array",
                   "deep-nesting", "transcript-10mb", "schema-version-2", "missing-session-id",
                   "duration-string", "session-id-traversal", "session-id-10000-chars", "outside-prefix"):
        assert needed in names


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_malformed_session_is_quarantined_once_with_its_reason_and_no_side_effect(
    pipeline: Pipeline, case: MalformedCase
) -> None:
    # Given the malformed object and the good hot call land together
    pipeline.put(case.object_key, case.build())
    pipeline.put(HOT_KEY, sample("hot"))
    events = pipeline.take_events("score")
    if not case.object_key.startswith("sessions/") or not case.object_key.endswith(".json"):
        # S3's filter would not notify for it: a replay, a manual invoke or a bad filter names it
        forged = copy.deepcopy(events[0])
        forged["Records"][0]["s3"]["object"]["key"] = case.object_key
        events.append(forged)

    # When every notification is delivered twice (S3 is at least once)
    for event in events + events:
        pipeline.invoke_async("score", event)
    pipeline.drain()

    # Then the bad object is in quarantine/ with its reason, on the first attempt, with nothing retried
    quarantined = pipeline.quarantined()
    assert list(quarantined) == [f"quarantine/{case.object_key}"]
    assert quarantined[f"quarantine/{case.object_key}"].startswith(case.reason)
    assert all(i.attempts == 1 and i.error is None for i in pipeline.invocations)
    assert pipeline.dead_letters("score") == [] and pipeline.dead_letters("crm") == []
    # ... and the good call went through as if alone: one LLM call, one record, one alert, one Lead
    assert len(pipeline.llm.requests) == 1
    assert pipeline.keys("leads/") == [HOT_LEAD]
    assert len(pipeline.alerts()) == 1
    assert len(pipeline.crm_creates()) == 1


class CountingBody:
    """Wraps a GetObject body and counts the bytes the code actually reads from it."""

    def __init__(self, body: Any, counter: list[int]) -> None:
        self._body, self._counter = body, counter

    def read(self, amt: int | None = None) -> bytes:
        data: bytes = self._body.read(amt)
        self._counter.append(len(data))
        return data

    def close(self) -> None:
        self._body.close()


def test_ten_megabyte_session_is_refused_before_its_body_is_read(pipeline: Pipeline):
    # Given a 10 MB session (the limit is 1 MB)
    [case] = [c for c in CASES if c.name == "transcript-10mb"]
    pipeline.put(case.object_key, case.build())
    [event] = pipeline.take_events("score")
    read: list[int] = []

    def count_reads(parsed: dict[str, Any], **_: Any) -> None:
        parsed["Body"] = CountingBody(parsed["Body"], read)

    pipeline.s3.meta.events.register("after-call.s3.GetObject", count_reads)

    # When it is scored
    result = pipeline.invoke("score", event)

    # Then it is quarantined as too large on S3's Content-Length: not one byte of the body was read
    assert result["results"][0]["reason"].startswith("object_too_large")
    assert sum(read) == 0
    assert pipeline.keys("leads/") == [] and pipeline.alerts() == []


def largest_accepted_session() -> bytes:
    """The hot call with its turns repeated up to just under the 1 MB limit."""
    document = json.loads(sample("hot"))
    turns = document["transcript"]
    repeated: list[dict[str, object]] = []
    while len(json.dumps(repeated)) < MAX_SESSION_BYTES - 40_000:
        repeated.extend(turns)
    document["transcript"] = repeated
    return json.dumps(document).encode()


def test_largest_accepted_session_is_scored_in_bounded_memory(pipeline: Pipeline):
    # Given a valid session just under the size limit (about 1,000 turns of the hot call)
    body = largest_accepted_session()
    assert MAX_SESSION_BYTES - 60_000 < len(body) <= MAX_SESSION_BYTES
    pipeline.put(HOT_KEY, body)
    [event] = pipeline.take_events("score")

    # When it is scored (the LLM answers as usual), with Python's allocations traced
    tracemalloc.start()
    try:
        pipeline.invoke("score", event)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    # Then it is scored, and the invocation's peak (moto's copies of the object included) stays within
    # a small multiple of the limit, far under the function's 512 MB
    assert pipeline.lead(HOT_LEAD).tier == "hot"
    print(f"peak traced memory for a {len(body)} byte session: {peak / 2**20:.1f} MiB")
    assert peak < 40 * MAX_SESSION_BYTES


def test_a_turn_of_4000_spoken_digits_is_scored_in_well_under_the_timeout(pipeline: Pipeline):
    # Given a 9 KB session whose one caller turn is 4,000 digits (speech-to-text on keypad tones or line
    # noise): extraction used to be quadratic in the numbers of one turn, and 40 KB of digits outran the
    # 90 s timeout (retried, then the DLQ, instead of scored)
    document = json.loads(sample("hot"))
    document["transcript"] = [{"role": "user", "text": " ".join(str(i % 10) for i in range(4000))}]
    pipeline.put(HOT_KEY, json.dumps(document).encode())
    [event] = pipeline.take_events("score")

    # When it is scored
    started = time.perf_counter()
    pipeline.invoke("score", event)
    elapsed = time.perf_counter() - started

    # Then it is scored in well under the timeout (about 0.1 s; the bound is a guard against the
    # quadratic cost coming back, not a performance target)
    assert pipeline.keys("leads/") == [HOT_LEAD]
    assert elapsed < 2.0, f"{elapsed:.1f} s"


def test_forged_event_naming_a_10000_character_key_is_dropped_without_retry(pipeline: Pipeline):
    # Given an event (replayed by hand, say) naming a key longer than S3 allows
    pipeline.put(HOT_KEY, sample("hot"))
    [event] = pipeline.take_events("score")
    event["Records"][0]["s3"]["object"]["key"] = "sessions/" + "a" * 10_000 + ".json"

    # When it is delivered
    invocation = pipeline.invoke_async("score", event)

    # Then it fails nothing and changes nothing
    assert invocation.attempts == 1 and invocation.error is None
    assert pipeline.keys("leads/") == [] and pipeline.llm.requests == [] and pipeline.alerts() == []


def test_corpus_files_for_the_demo(tmp_path: Path):
    # When the corpus is written for `make demo DATA=...`
    written = write_corpus(tmp_path)

    # Then every case a data file can express is there, byte for byte
    expected = {f"{case.name}.json": case.build() for case in CASES if case.in_demo}
    assert {path.name: path.read_bytes() for path in written} == expected
    assert len(written) >= 25



def test_demo_with_the_corpus_quarantines_every_malformed_file_and_scores_every_good_call(tmp_path: Path):
    # Given `make demo DATA=<dir>` with the corpus' files and the three sample calls
    from scripts.demo.calls import load_inputs
    from scripts.demo.report import build_reports, summary_json
    from scripts.demo.runner import DemoOptions, run_demo

    data = tmp_path / "data"
    malformed = write_corpus(data)
    for path in (Path(__file__).parents[2] / "events" / "sessions").glob("*.json"):
        (data / path.name).write_bytes(path.read_bytes())

    # When the demo replays them through template.yaml's pipeline on moto
    options = DemoOptions(root=Path(__file__).parents[2], data_dir=data, duplicates=1, user_env={},
                          log_path=tmp_path / "functions.log")
    run = run_demo(options, load_inputs(data))
    summary = summary_json(run, build_reports(run))

    # Then every malformed file is in quarantine (under its own name), every good call is scored, no errors
    assert sorted(Path(key).name for key in summary["quarantined"]) == sorted(p.name for p in malformed)
    assert {tier: len(ids) for tier, ids in summary["leads"].items()} == {"hot": 1, "warm": 1, "cold": 1}
    assert summary["errors"] == []
