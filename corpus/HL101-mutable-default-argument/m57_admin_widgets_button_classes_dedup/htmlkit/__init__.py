"""Small HTML building helpers; the C escaper is used when it was compiled."""
try:
    from ._speedups import escape
except ImportError:
    from .escaping import escape

from . import attrs

__all__ = ["attrs", "escape"]
