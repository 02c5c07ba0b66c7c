"""eventbus: a Bus base class and the @subscribe decorator factory."""
from .base import Bus
from .decorators import subscribe

__all__ = ["Bus", "subscribe"]
