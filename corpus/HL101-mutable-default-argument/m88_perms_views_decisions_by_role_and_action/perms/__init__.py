"""perms: who may do what; views guard themselves with @requires(action)."""
from .decorators import Forbidden, requires

__all__ = ["Forbidden", "requires"]
