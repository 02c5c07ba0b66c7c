"""minidb: models over in-memory rows, with chainable queries."""
from .model import Manager, Model
from .query import Query

__all__ = ["Manager", "Model", "Query"]
