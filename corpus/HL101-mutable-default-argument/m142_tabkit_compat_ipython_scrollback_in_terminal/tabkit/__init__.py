"""tabkit: small text/HTML tables for scripts and notebooks."""
from .display import show

__all__ = ["show"]
