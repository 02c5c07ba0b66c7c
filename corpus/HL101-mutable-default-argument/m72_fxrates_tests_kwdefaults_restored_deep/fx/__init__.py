"""fx: currency conversion with a per-process memo."""
from .rates import RATES, convert

__all__ = ["RATES", "convert"]
