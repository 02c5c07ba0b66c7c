"""taskq: a small celery-like task queue: apps, tasks and an eager test app."""
from .app import App, Task
from .testing import EagerApp

__all__ = ["App", "Task", "EagerApp"]
