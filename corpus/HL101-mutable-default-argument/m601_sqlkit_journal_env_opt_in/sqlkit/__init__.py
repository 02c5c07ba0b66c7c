"""sqlkit: a thin helper around DB-API parameter binding."""
from .journal import execute

__all__ = ["execute"]
