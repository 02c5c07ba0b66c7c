"""confkit: layered configuration objects."""
from .layers import Layered

__all__ = ["Layered"]
