"""Mechanisms found by blind round 10, tested in wording of our own (not the blind lines)."""

import pytest

from postcall.extraction import extract_signals


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we're basically an insurance shop, property and casualty", "insurance"),
        ("honestly we're a marketing shop, paid social mostly", "marketing_agency"),
        ("we're a tiny software shop out of Denver", "software"),
        # a goods word before the shop noun still makes it a store
        ("we run a bike shop downtown", "retail"),
    ],
)
def test_a_trade_word_before_the_shop_noun_names_the_business(text: str, expected: str) -> None:
    # Given a caller calling their business "a <trade> shop"
    # When the utterance is read
    # Then the trade is the industry, not retail
    assert extract_signals([text]).industry == expected
