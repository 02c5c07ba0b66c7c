"""search: ranked article search and prefix suggestions over a shared term history helper."""
from .api import search
from .suggest import suggest

__all__ = ["search", "suggest"]
