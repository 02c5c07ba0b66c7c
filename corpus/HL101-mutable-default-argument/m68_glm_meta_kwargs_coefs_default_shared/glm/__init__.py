"""glm: generalised linear models looked up by family name."""
from .core import Model, create, registry
from . import linear, poisson

__all__ = ["Model", "create", "registry", "linear", "poisson"]
