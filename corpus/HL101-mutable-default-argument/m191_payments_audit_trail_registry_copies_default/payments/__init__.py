"""Payment gateway facade."""
from .audit import trail_for
from .gateway import charge

__all__ = ["charge", "trail_for"]
