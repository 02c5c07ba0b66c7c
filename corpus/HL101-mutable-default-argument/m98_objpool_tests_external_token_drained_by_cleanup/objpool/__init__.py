"""objpool: reuse expensive scratch objects across requests."""
from .base import Pool
from .context import Checkout

__all__ = ["Pool", "Checkout"]
