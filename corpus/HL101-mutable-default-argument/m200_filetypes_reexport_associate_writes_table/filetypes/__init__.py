"""File kinds and the handlers that open them."""
from .impl import associate, handler_for, register
from .registry import kinds

__all__ = ["associate", "handler_for", "kinds", "register"]
