"""Team-size and volume mechanisms found by blind rounds 14 and 15's misses, tested in wording of our own."""

import pytest

from postcall.extraction import extract_signals


@pytest.mark.parametrize(
    ("text", "team_size", "monthly_volume"),
    [
        # a correction that lands on a hedged range keeps the range's midpoint
        ("it's not two hundred leases, no, more like forty, forty-five a month", None, 42),
        ("we're sixty people, but actually the ones who'd sign in, twenty, maybe twenty-four", 22, None),
        ("fifty reps? no, sorry, I mean about eight, ten reps", 9, None),
        # a plain restart after a correction keeps its last figure, not a range
        ("we send about ninety, no, three hundred, three hundred and forty quotes a month", None, 340),
    ],
)
def test_a_correction_can_land_on_a_range(
    text: str, team_size: int | None, monthly_volume: int | None
) -> None:
    # Given an utterance whose speaker corrects a figure to a spoken range
    # When its signals are read
    got = extract_signals([text])
    # Then the team and the volume are the figures the correction lands on
    assert (got.team_size, got.monthly_volume) == (team_size, monthly_volume)
