"""make predict: labelled calls go through ScoreLeadFunction's own steps, with or without an LLM."""

from typing import Any

import pytest

from postcall.ports import LlmUnavailable
from postcall.scoring import JudgePrompt, LlmContact, LlmReason, LlmResult, LlmVerdict
from scripts.predict import CallPredictor, main

WARM_CALL: dict[str, Any] = {
    "id": "t-0001",
    "duration_seconds": 60.0,
    "transcript": [
        {"role": "assistant", "text": "Thanks for calling! How can I help?"},
        {"role": "user", "text": "we're a team of twelve and we sign maybe thirty contracts a month"},
        {"role": "assistant", "text": "Great, anything else?"},
        {"role": "user", "text": "no, just looking around for now, thanks"},
    ],
    "tool_calls": [],
}


class _Judge:
    model = "fake"

    def __init__(self, answer: LlmVerdict | Exception) -> None:
        self.answer = answer
        self.prompts: list[JudgePrompt] = []

    def judge(self, prompt: JudgePrompt) -> LlmResult:
        self.prompts.append(prompt)
        if isinstance(self.answer, Exception):
            raise self.answer
        return LlmResult(verdict=self.answer, model="fake", input_tokens=10, output_tokens=5, elapsed_ms=1.0)


def _hot_claim(quote: str) -> LlmVerdict:
    return LlmVerdict(
        fit=True, intent=True, disqualifier=None, team_size=12, monthly_volume=30, urgency=True,
        integrations=[], industry=None,
        contact=LlmContact(first_name=None, last_name=None, email=None, company=None, phone=None),
        summary="s", next_step="n",
        reasons=[LlmReason(fact="urgency", claim="needs it this week", quote=quote)],
    )


def test_rules_prediction_is_the_tier_rule_on_extracted_facts():
    # Given a call with a fit team and no intent
    # When it is predicted rules-only
    got = CallPredictor()(WARM_CALL)
    # Then it is warm, with the team size read from the caller
    assert got["tier"] == "warm"
    assert got["signals"]["team_size"] == 12


def test_llm_claim_with_an_invented_quote_does_not_make_the_call_hot():
    # Given an LLM that claims urgency with a quote the caller never said
    judge = _Judge(_hot_claim("we need this live by Friday"))
    # When the call is predicted with it
    got = CallPredictor(judge)(WARM_CALL)
    # Then the claim fails the evidence check and the tier stays warm
    assert len(judge.prompts) == 1
    assert got["tier"] == "warm"
    assert got["signals"]["urgency"] is False


def test_llm_failure_falls_back_to_rules_and_is_counted():
    # Given an LLM that times out
    predictor = CallPredictor(_Judge(LlmUnavailable("timeout")))
    # When a call is predicted
    got = predictor(WARM_CALL)
    # Then the rules answer stands and the fallback is counted by reason
    assert got["tier"] == "warm"
    assert predictor.fallbacks == {"timeout": 1}


def test_llm_scorer_without_a_key_or_base_url_says_what_it_needs(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    with pytest.raises(SystemExit, match="OPENAI_API_KEY or OPENAI_BASE_URL"):
        main([str(tmp_path), "--scorer", "llm"])
