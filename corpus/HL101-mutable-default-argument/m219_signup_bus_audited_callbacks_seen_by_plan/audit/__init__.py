"""audit: the @audited decorator for bus callbacks."""
from .decorators import audited

__all__ = ["audited"]
