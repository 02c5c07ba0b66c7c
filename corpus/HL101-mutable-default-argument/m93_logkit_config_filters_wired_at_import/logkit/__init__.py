"""logkit: handlers built from a dict spec, in the spirit of logging.config.dictConfig."""
from .config import configure

__all__ = ["configure"]
