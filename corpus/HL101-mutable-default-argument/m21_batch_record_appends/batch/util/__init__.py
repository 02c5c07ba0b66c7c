"""Runner utilities."""
from .log import record

__all__ = ["record"]
