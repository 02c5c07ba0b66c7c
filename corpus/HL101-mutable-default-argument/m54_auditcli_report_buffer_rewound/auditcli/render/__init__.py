"""Report renderers."""
from .plain import PlainReport

__all__ = ["PlainReport"]
