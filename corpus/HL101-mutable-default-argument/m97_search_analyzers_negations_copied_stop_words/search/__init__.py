"""search: analyzers for each supported language and the query parser."""
from .analyzers import *  # noqa: F401,F403
from . import lang_de, lang_en  # noqa: F401  (register the built-in languages)
from .query import *  # noqa: F401,F403
from . import analyzers, query

__all__ = analyzers.__all__ + query.__all__
