"""cmdbus: commands go to every handler registered for their type."""
from . import billing, orders  # noqa: F401  (handler modules register at import)
from .dispatch import dispatch
from .registry import registry

__all__ = ["dispatch", "registry"]
