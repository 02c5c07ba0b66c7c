"""storage: a tiny data-mapper layer (repositories over a unit of work)."""
from .base import Repository
from .unit_of_work import UnitOfWork

__all__ = ["Repository", "UnitOfWork"]
