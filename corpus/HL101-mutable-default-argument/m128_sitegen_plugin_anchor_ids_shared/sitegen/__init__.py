"""sitegen: turns markdown-ish pages into html lines."""
from .builder import build

__all__ = ["build"]
