"""Calls and utterances written for these tests (not from the development set), labelled by LABELS.md first.

They guard against rules fitted to the development lines: every mechanism meets phrasings here that the
development set does not use.
"""

import json
from pathlib import Path
from typing import Any

import pytest

from postcall.extraction import analyze_call, extract_signals
from postcall.session import ToolCall, TranscriptTurn
from postcall.tiers import is_fit, tier_for

CALLS = [
    json.loads(line)
    for line in (Path(__file__).parent / "new_calls.jsonl").read_text().splitlines()
    if line.strip()
]


def _predict(row: dict[str, Any]) -> dict[str, Any]:
    roles = {"u": "user", "a": "assistant"}
    transcript = [TranscriptTurn(role=roles[r], text=t) for r, t in row["transcript"]]
    tools = [
        ToolCall(name=t["tool"], arguments=t["arguments"], success=t["success"]) for t in row["tool_calls"]
    ]
    facts = analyze_call(transcript, tools)
    return {
        "tier": tier_for(fit=is_fit(facts.signals), intent=facts.intent, disqualifier=facts.disqualifier),
        "intent": facts.intent,
        "disqualified": facts.disqualifier,
        "signals": facts.signals.model_dump(mode="json"),
        "contact": facts.contact.model_dump(mode="json"),
    }


@pytest.mark.parametrize("row", CALLS, ids=[c["id"] for c in CALLS])
def test_new_call_is_read_as_labelled(row: dict[str, Any]) -> None:
    # Given a call the rules were not written against
    # When it is analysed
    got = _predict(row)
    # Then tier, intent, disqualifier, signals and contact match the label
    assert got == {k: row["label"][k] for k in got}


HERE = Path(__file__).parent
# Nineteen rounds labelled before the extractor first ran on them; first-run scores are in docs/scoring.md.
BLIND_DIRS = tuple(HERE / f"blind{n}" for n in ("", *(str(round_) for round_ in range(2, 20))))
KNOWN_MISSES = {
    # The label contradicts LABELS.md: tier hot with team 4 needs fit, i.e. the volume the rules read
    # (forty patients a day, a quarter need an estimate: 10 a day, 210 a month), yet it says null.
    "b5-c02": "label: monthly_volume null but tier hot (not fit without it); the rules read 210",
    # round 10's honest misses after its fixes (tiers all right; these are fields)
    # The labels disagree: b6-u26 ("four hundred leases a year across our buildings") is null.
    "b10u-0004": "industry implied only by 'lease renewals ... across all the buildings' (b6-u26 says null)",
    # Differs from the project's documented choice (competitors keep only their industry), not from LABELS.md.
    "b10c-0028": "label keeps a competitor's team size (30); the rules keep only a competitor's industry",
    # round 11: a judgement the earlier labels made the other way (b7u-0107 keeps the average, not a peak mix)
    "b11c-0005": "'a hundred and fifty? maybe two hundred on a good month' labelled 175; the rules keep 150",
    # Rounds 1-2 label a non-buyer's request as intent; the dev set (c-0042) and rounds 9, 12 and 13 label it
    # research, as LABELS.md's "pricing for a purchase" has it; the rules follow those (tier cold either way)
    "b-c10": "label: a competitor's 'what do you charge per seat?' is intent; later labels say research",
    "b2-c04": "label: a student's 'could I get a demo for the project?' is intent; later labels say research",
    # Rounds 12 and 13 utterances, copied after their first runs (docs/scoring.md) with the misses not yet
    # worked on: each is an open case for the signal rules, not a label dispute.
    # Round 14, the held-out closing estimate of session 2 (docs/scoring.md), copied with its first-run
    # misses open: each is a case for the rules to take on next, not a label dispute.
    "b14u-0026": "open first-run miss: monthly_volume labelled 32, read null",
    "b14u-0116": "open first-run miss: monthly_volume labelled 1000, read null",
    # round 15, first run on c5e6c6f (nobody had seen it)
    "b15u-0020": "open first-run miss: team_size labelled 20, read 2",
    "b15u-0026": "label: bare consent forms null here, healthcare in b10u-0022 (the rules follow b10u-0022)",
    "b15c-0012": "open first-run miss: monthly_volume labelled 40, read 120",
    "b15c-0021": "open first-run miss: team_size labelled 1, read null",
    # rounds 16 and 17: held out during session 3 (nobody tuned on them); first run on 769f39f, the session's
    # final extractor. The same sets scored the same within 0.01 on c5e6c6f, the session's start.
    "b16c-0018": "open first-run miss: monthly_volume labelled 200, read null",
    "b17u-0022": "label: 'we admit ... patients' is null; LABELS.md's 'clearly implied' gives healthcare",
    # rounds 18 and 19: held out during session 4 (nobody tuned on them); first run on 30b2f67, the session's
    # final extractor. Round 18 read every line as on 4ed1f5e, the session's start; round 19 six lines.
    "b18u-0005": "open first-run miss: industry labelled null, read 'retail'",
    "b18u-0008": "open first-run miss: integrations labelled ['airtable', 'notion'], read ['airtable']",
    "b18u-0014": "open first-run miss: urgency labelled false, read true",
    "b18u-0019": "open first-run miss: industry labelled 'marketing_agency', read 'media'",
    "b18u-0055": "open first-run miss: team_size labelled 11, read null",
    "b18u-0062": "open first-run miss: industry labelled 'real_estate', read null",
    "b18u-0069": "open first-run miss: team_size labelled 7, read 300",
    "b18u-0070": "open first-run miss: industry labelled 'consulting', read null",
    "b18u-0074": "open first-run miss: industry labelled 'real_estate', read null",
    "b18u-0078": "open first-run miss: industry labelled 'automotive', read null",
    "b18u-0082": "open first-run miss: urgency labelled false, read true",
    "b18u-0084": "open first-run miss: urgency labelled false, read true",
    "b18u-0103": "open first-run miss: urgency labelled true, read false",
    "b18u-0108": "open first-run miss: team_size labelled null, read 2",
    "b18u-0112": "open first-run miss: monthly_volume labelled 240, read 40",
    "b18c-0002": "open first-run miss: monthly_volume labelled 30, read 35",
    "b18c-0011": "open first-run miss: phone labelled null, read '847-555-0199'",
    "b18c-0014": (
        "open first-run miss: tier labelled 'warm', read 'cold'; "
        "intent labelled true, read false; "
        "urgency labelled true, read false"
    ),
    "b18c-0018": (
        "open first-run miss: last_name labelled 'Moore', read 'Kessler'; "
        "company labelled 'Pinecrest Mortgage', read 'Lorraine Moore'"
    ),
    "b18c-0022": "open first-run miss: disqualified labelled 'abusive', read 'wrong_number'",
    "b18c-0024": (
        "open first-run miss: urgency labelled false, read true; "
        "integrations labelled ['dropbox', 'monday'], read ['dropbox']"
    ),
    "b18c-0025": "open first-run miss: team_size labelled 1, read null; monthly_volume labelled 5, read null",
    "b18c-0030": (
        "open first-run miss: email labelled 'marie-claude@northernstatic.ca', "
        "read 'witha-between@northernstatic.ca'"
    ),
    "b19u-0015": "open first-run miss: urgency labelled true, read false",
    "b19u-0017": "open first-run miss: team_size labelled null, read 10",
    "b19u-0019": "open first-run miss: team_size labelled 2, read 3; industry labelled 'legal', read null",
    "b19u-0028": "open first-run miss: industry labelled 'financial_services', read null",
    "b19u-0033": "open first-run miss: industry labelled null, read 'healthcare'",
    "b19u-0046": "open first-run miss: monthly_volume labelled 208, read null",
    "b19u-0066": "open first-run miss: industry labelled 'nonprofit', read 'healthcare'",
    "b19u-0073": "open first-run miss: integrations labelled ['monday'], read []",
    "b19u-0083": "open first-run miss: urgency labelled true, read false",
    "b19u-0090": "open first-run miss: monthly_volume labelled null, read 100",
    "b19u-0092": "open first-run miss: integrations labelled ['hubspot'], read ['hubspot', 'salesforce']",
    "b19u-0106": "open first-run miss: monthly_volume labelled 133, read 33",
    "b19u-0108": "open first-run miss: monthly_volume labelled 125, read 10150",
    "b19u-0113": "open first-run miss: team_size labelled 5, read null",
    "b19u-0119": "open first-run miss: industry labelled 'retail', read null",
    "b19c-0001": "open first-run miss: monthly_volume labelled 100, read 110",
    "b19c-0004": (
        "open first-run miss: tier labelled 'hot', read 'cold'; "
        "intent labelled true, read false; "
        "disqualified labelled null, read 'competitor'; "
        "team_size labelled 10, read null; "
        "monthly_volume labelled 150, read null; "
        "urgency labelled true, read false; "
        "integrations labelled ['microsoft_dynamics', 'onedrive'], read []"
    ),
    "b19c-0006": "open first-run miss: monthly_volume labelled 375, read null",
    "b19c-0010": "open first-run miss: monthly_volume labelled 10, read null",
    "b19c-0011": "open first-run miss: industry labelled 'retail', read null",
    "b19c-0012": "open first-run miss: team_size labelled 3, read 2; company labelled 'Repflow', read null",
    "b19c-0013": "open first-run miss: monthly_volume labelled null, read 300",
    "b19c-0016": "open first-run miss: monthly_volume labelled 30, read 90",
    "b19c-0018": "open first-run miss: tier labelled 'warm', read 'hot'; intent labelled false, read true",
    "b19c-0022": (
        "open first-run miss: tier labelled 'cold', read 'warm'; "
        "intent labelled false, read true; "
        "disqualified labelled 'vendor_pitch', read null; "
        "urgency labelled false, read true"
    ),
    "b19c-0026": "open first-run miss: company labelled 'Inkwise Contracts', read 'Signwell'",
    "b19c-0027": "open first-run miss: email labelled 'rtolliver@prairiewindcoop.com', read null",
    "b19c-0029": "open first-run miss: monthly_volume labelled 4, read 3",
    "b19c-0030": (
        "open first-run miss: monthly_volume labelled 11, read 12; "
        "industry labelled 'construction', read null"
    ),
}


def _rows(name: str, *, expect_misses: bool = True) -> list[Any]:
    files = [d / name for d in BLIND_DIRS if (d / name).is_file()]
    rows = [json.loads(x) for f in files for x in f.read_text().splitlines() if x.strip()]
    return [
        pytest.param(r, id=r["id"], marks=pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[r["id"]]))
        if expect_misses and r["id"] in KNOWN_MISSES
        else pytest.param(r, id=r["id"])
        for r in rows
    ]


@pytest.mark.parametrize("row", _rows("utterances.jsonl"))
def test_blind_utterance_is_read_as_labelled(row: dict[str, Any]) -> None:
    # Given an utterance labelled before the extractor first saw it (LABELS.md form)
    # Then its signals match the label
    assert extract_signals([row["text"]]).model_dump(mode="json") == row["signals"]


@pytest.mark.parametrize("row", _rows("calls.jsonl"))
def test_blind_call_is_read_as_labelled(row: dict[str, Any]) -> None:
    compact = {
        "transcript": [["u" if t["role"] == "user" else "a", t["text"]] for t in row["transcript"]],
        "tool_calls": row["tool_calls"],
    }
    got = _predict(compact)
    assert got == {k: row["label"][k] for k in got}


def _turns(row: dict[str, Any]) -> list[TranscriptTurn]:
    """Both file forms: LABELS.md dicts and the compact [role, text] pairs of new_calls.jsonl."""
    roles = {"u": "user", "a": "assistant", "user": "user", "assistant": "assistant"}
    pairs = [(t["role"], t["text"]) if isinstance(t, dict) else (t[0], t[1]) for t in row["transcript"]]
    return [TranscriptTurn(role=roles[r], text=text) for r, text in pairs]


@pytest.mark.parametrize(
    "row", _rows("calls.jsonl", expect_misses=False) + [pytest.param(c, id=c["id"]) for c in CALLS]
)
def test_evidence_quotes_are_verbatim_caller_words(row: dict[str, Any]) -> None:
    # Given any of the new calls
    transcript = _turns(row)
    user_texts = [t.text for t in transcript if t.role == "user"]
    tools = [
        ToolCall(name=t["tool"], arguments=t["arguments"], success=t["success"]) for t in row["tool_calls"]
    ]
    # When it is analysed
    facts = analyze_call(transcript, tools)
    # Then every quote is a substring of one caller turn (empty only for tool-call facts)
    not_verbatim = [ev for ev in facts.evidence if ev.quote and not any(ev.quote in t for t in user_texts)]
    assert not_verbatim == []
