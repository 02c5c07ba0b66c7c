"""A very small ORM: chainable queries that compile to SQL."""
from .query import Query

__all__ = ["Query"]
