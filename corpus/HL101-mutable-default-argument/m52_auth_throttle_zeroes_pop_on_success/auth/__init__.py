"""auth: password login with a per-account failure throttle."""
from .throttle import allowed, failures, record
from .views import login

__all__ = ["allowed", "failures", "login", "record"]
