"""dbkit: pooled connections and a one-call query helper."""
from .queries import query

__all__ = ["query"]
