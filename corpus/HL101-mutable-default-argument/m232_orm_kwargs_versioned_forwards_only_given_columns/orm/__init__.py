"""A tiny declarative layer over SQL tables."""
from .base import Model
from .versioned import VersionedModel

__all__ = ["Model", "VersionedModel"]
