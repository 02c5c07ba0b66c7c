"""Background job runner."""
from .compat import emit, on as subscribe
from .runner import run_job

__all__ = ["emit", "subscribe", "run_job"]
