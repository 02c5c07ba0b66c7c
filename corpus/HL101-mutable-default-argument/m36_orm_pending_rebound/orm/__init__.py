"""orm: a declarative mini ORM."""
from .base import Model, registry
from .session import Session

__all__ = ["Model", "Session", "registry"]
