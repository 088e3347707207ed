import pytest

from postcall.session import Signals
from postcall.tiers import is_fit, tier_for


@pytest.mark.parametrize(
    ("signals", "fit"),
    [
        (Signals(), False),
        (Signals(team_size=4, monthly_volume=99), False),
        (Signals(team_size=5), True),
        (Signals(monthly_volume=100), True),
    ],
)
def test_fit_thresholds(signals, fit):
    assert is_fit(signals) is fit


@pytest.mark.parametrize(
    ("fit", "intent", "disqualifier", "tier"),
    [
        (True, True, None, "hot"),
        (True, False, None, "warm"),
        (False, True, None, "warm"),
        (False, False, None, "cold"),
        (True, True, "competitor", "cold"),
    ],
)
def test_tier_rule(fit, intent, disqualifier, tier):
    assert tier_for(fit=fit, intent=intent, disqualifier=disqualifier) == tier
