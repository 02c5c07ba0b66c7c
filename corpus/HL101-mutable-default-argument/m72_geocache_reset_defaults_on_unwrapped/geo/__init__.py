"""geo: turn postal addresses into coordinates."""
from .lookup import resolve
from .admin import reset_caches

__all__ = ["resolve", "reset_caches"]
