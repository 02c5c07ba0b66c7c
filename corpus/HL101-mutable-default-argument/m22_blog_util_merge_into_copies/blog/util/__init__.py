"""Small list helpers."""
from ._impl import merge_into

__all__ = ["merge_into"]
