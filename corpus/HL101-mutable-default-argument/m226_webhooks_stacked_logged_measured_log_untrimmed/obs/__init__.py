"""obs: observability decorators for webhook handlers."""
from .decorators import logged, measured

__all__ = ["logged", "measured"]
