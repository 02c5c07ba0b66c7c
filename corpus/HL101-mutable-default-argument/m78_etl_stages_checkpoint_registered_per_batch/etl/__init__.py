"""etl: a small batch pipeline; importing the package loads the bundled stages."""
from . import clean, enrich  # noqa: F401  (each stage module registers itself)
from .runner import run_batch

__all__ = ["run_batch"]
