"""search: text analysis and an inverted index."""
from .analyzers import *  # noqa: F401,F403
from .index import *  # noqa: F401,F403
from . import analyzers as _analyzers, index as _index

__all__ = _analyzers.__all__ + _index.__all__
