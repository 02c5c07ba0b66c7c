"""objpool: reuse expensive objects (connections, buffers) across requests."""
from .base import Pool
from .context import Checkout, checked_out

__all__ = ["Pool", "Checkout", "checked_out"]
