"""geo: lightweight coordinate helpers."""
from .grid import LocalGrid

__all__ = ["LocalGrid"]
