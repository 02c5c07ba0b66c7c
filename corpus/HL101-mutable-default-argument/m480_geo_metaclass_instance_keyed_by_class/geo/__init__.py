"""geo: lightweight coordinate helpers."""
from .grid import Haversine

__all__ = ["Haversine"]
