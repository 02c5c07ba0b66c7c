"""workq: an app, a broker of named queues, and workers that consume them."""
from .app import App
from .worker import Worker

__all__ = ["App", "Worker"]
