"""Theme templates, re-exported."""
from .templates import wrap

__all__ = ["wrap"]
