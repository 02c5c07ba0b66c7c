from .base import Stage
from .stages import Enrich, Normalize

__all__ = ["Stage", "Normalize", "Enrich"]
