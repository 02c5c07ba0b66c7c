"""statsline: DogStatsD-style metric lines."""
from .client import emit, gauge, timing

__all__ = ["emit", "gauge", "timing"]
