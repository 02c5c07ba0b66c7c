"""search: a tiny inverted index plus a per-request highlighter."""
from .index import *  # noqa: F401,F403
from .index import __all__ as _index_names
from .indexer import Indexer

__all__ = [*_index_names, "Indexer"]
