"""Accuracy cannot silently regress: run the labelled evaluation and hold it to the issue's targets.

The data set lives outside the repository (../shared/eval, or EVAL_DIR); without it the test skips.
"""

import contextlib
import importlib.util
import io
import json
import os
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from scripts.predict import CallPredictor, run

REPO_ROOT = Path(__file__).resolve().parents[2]
EVAL_DIR = Path(os.environ.get("EVAL_DIR") or REPO_ROOT.parent / "shared" / "eval")

UTTERANCE_MICRO_F1 = 0.95
UTTERANCE_FIELD_F1 = 0.90
TIER_ACCURACY = 0.90
HOT_PRECISION = 0.95
HOT_RECALL = 0.90
CONTACT_ACCURACY = 0.90

pytestmark = pytest.mark.skipif(
    not (EVAL_DIR / "score.py").is_file(),
    reason=f"no labelled evaluation set at {EVAL_DIR} (set EVAL_DIR to a directory holding score.py)",
)


def _load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_score", EVAL_DIR / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def figures(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    # Given the rules-only predictions for every utterance and call of the evaluation set
    predictions = tmp_path_factory.mktemp("eval") / "predictions.jsonl"
    with predictions.open("w", encoding="utf-8") as out:
        run(EVAL_DIR, out, io.StringIO(), CallPredictor())
    # When score.py scores them
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        _load_scorer().main([str(EVAL_DIR), str(predictions), "--json"])
    result: dict[str, Any] = json.loads(printed.getvalue().strip().splitlines()[-1])
    return result


def test_utterance_signals_meet_the_targets(figures: dict[str, Any]) -> None:
    signals = figures["utterances"]["signals"]
    # Then micro-F1 and every field's F1 are at or above target
    assert signals["micro"]["f1"] >= UTTERANCE_MICRO_F1, signals["micro"]
    low = {f: s["f1"] for f, s in signals.items() if f != "micro" and s["f1"] < UTTERANCE_FIELD_F1}
    assert not low, low


def test_call_tiers_meet_the_targets(figures: dict[str, Any]) -> None:
    calls = figures["calls"]
    assert calls["tier_accuracy"] >= TIER_ACCURACY, calls["confusion"]
    assert calls["tiers"]["hot"]["precision"] >= HOT_PRECISION, calls["confusion"]
    assert calls["tiers"]["hot"]["recall"] >= HOT_RECALL, calls["confusion"]


def test_contact_fields_meet_the_target(figures: dict[str, Any]) -> None:
    accuracy = figures["calls"]["contact_accuracy"]
    low = {f: a for f, a in accuracy.items() if a is not None and a < CONTACT_ACCURACY}
    assert not low, low
