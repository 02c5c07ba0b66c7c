"""Small helpers shared by the services."""
from .memo import memoized_call

__all__ = ["memoized_call"]
