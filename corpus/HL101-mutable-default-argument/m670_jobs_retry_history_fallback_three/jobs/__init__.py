"""jobs: run scheduled jobs and remember retried ones."""
from .runner import run_job

__all__ = ["run_job"]
