from .setup import configure
from .worker import run_task

__all__ = ["configure", "run_task"]
