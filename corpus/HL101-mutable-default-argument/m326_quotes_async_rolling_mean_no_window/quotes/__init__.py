"""quotes: streaming market data helpers."""
from .feed import ticks
from .stats import rolling_mean

__all__ = ["rolling_mean", "ticks"]
