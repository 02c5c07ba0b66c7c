"""jobrun: a small in-process job runner (queue, worker, handler registry)."""
from .queue import JobQueue
from .registry import handler
from .worker import Worker

__all__ = ["JobQueue", "Worker", "handler"]
