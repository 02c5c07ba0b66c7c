"""In-house helpers on top of unittest."""
from .base import ParamTestCase
from .markers import mark, marked

__all__ = ["ParamTestCase", "mark", "marked"]
