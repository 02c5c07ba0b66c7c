"""docgen: a tiny document generator built from flowables."""
from .builder import build, register
from .flowables import Flowable
from . import tables, text  # noqa: F401  (register their flowables)

__all__ = ["Flowable", "build", "register"]
