"""orm: a minimal query builder in the style of SQLAlchemy's Query."""
from .expr import Column
from .query import Query

__all__ = ["Column", "Query"]
