"""jobs: in-process task queues for the request workers."""
from .priority import Priority

__all__ = ["Priority"]
