"""Transport helpers, re-exported."""
from .envelope import wrap

__all__ = ["wrap"]
