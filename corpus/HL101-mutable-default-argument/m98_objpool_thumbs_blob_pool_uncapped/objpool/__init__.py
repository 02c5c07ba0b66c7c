"""objpool: reuse expensive scratch objects across requests."""
from .base import Pool
from .blobs import BlobPool
from .context import Checkout

__all__ = ["Pool", "BlobPool", "Checkout"]
