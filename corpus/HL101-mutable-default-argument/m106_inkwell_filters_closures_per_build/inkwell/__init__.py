"""inkwell: '{{ var|filter|filter }}' templates over plain strings."""
from .env import Environment

__all__ = ["Environment"]
