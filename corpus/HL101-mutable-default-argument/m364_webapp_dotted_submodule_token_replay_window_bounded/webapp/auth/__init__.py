"""Authentication helpers."""
from . import tokens

__all__ = ["tokens"]
