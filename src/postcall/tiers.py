"""The tier rule of LABELS.md: the one place that turns facts into hot, warm or cold."""

from postcall.session import Signals
from postcall.vocab import Disqualifier, Tier

FIT_TEAM_SIZE = 5
FIT_MONTHLY_VOLUME = 100


def is_fit(signals: Signals) -> bool:
    return (signals.team_size or 0) >= FIT_TEAM_SIZE or (signals.monthly_volume or 0) >= FIT_MONTHLY_VOLUME


def tier_for(*, fit: bool, intent: bool, disqualifier: Disqualifier | None) -> Tier:
    if disqualifier is not None:
        return "cold"
    return ("cold", "warm", "hot")[int(fit) + int(intent)]
