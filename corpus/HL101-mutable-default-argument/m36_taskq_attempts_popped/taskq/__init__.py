"""taskq: a tiny synchronous task queue."""
from .registry import REGISTRY, Retry, task
from .worker import ResultBackend, Worker

__all__ = ["REGISTRY", "Retry", "ResultBackend", "Worker", "task"]
