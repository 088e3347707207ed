"""The number-word parser: spoken figures become integers; phone numbers and codes are set apart."""

import pytest

from postcall.extraction.numbers import merge_ranges, parse_numbers
from postcall.extraction.text import tokenize


def figures(text: str) -> list[tuple[int, str]]:
    tokens = tokenize(text)
    merged, _ = merge_ranges(tokens, parse_numbers(tokens))
    return [(q.value, q.kind) for q in merged]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a couple dozen", 24),
        ("fifteen hundred", 1500),
        ("a hundred and twenty", 120),
        ("two-fifty", 250),
        ("nineteen", 19),
        ("forty-two", 42),
        ("three thousand", 3000),
        ("three thousand five hundred", 3500),
        ("half a dozen", 6),
        ("a dozen", 12),
        ("1.5k", 1500),
        ("2,400", 2400),
        ("seven hundred and fifty", 750),
        ("twenty, no, twenty-five", 25),
        ("thirty... no wait, thirty-five", 35),
        ("ten to twelve", 11),
        ("four or five", 4),
        ("between 60 and 75", 67),
        ("a hundred, hundred twenty", 110),
        ("fifty, five-zero", 50),
        ("a hundred and, uh, a hundred and ten", 110),
    ],
)
def test_spoken_figures_parse_to_one_value(text: str, expected: int) -> None:
    # Given a figure as a caller says it
    # When it is parsed
    # Then it yields one number: ranges at their midpoint (rounded down), corrections at the last value
    assert figures(text) == [(expected, "number")]


@pytest.mark.parametrize(
    "text",
    [
        "four one five, five five five, zero one two three",
        "four-one-five, five-five-five, oh-one-two-three",
        "415-555-0123",
        "415 555 0123",
        "(415) 555-0123",
    ],
)
def test_phone_numbers_are_not_quantities(text: str) -> None:
    assert [kind for _, kind in figures(text)] == ["phone"]


def test_prices_and_percentages_are_marked() -> None:
    assert figures("$49 and 99.9%") == [(49, "money"), (99, "percent")]


def test_separate_figures_stay_separate() -> None:
    assert figures("11 lawyers and 4 paralegals") == [(11, "number"), (4, "number")]
