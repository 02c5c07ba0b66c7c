"""search: an inverted index and the query evaluator on top of it."""
from .index import *  # noqa: F401,F403
from .query import *  # noqa: F401,F403
from . import index, query

__all__ = index.__all__ + query.__all__
