"""A small in-process task runner with pluggable retry policies."""
from .scheduler import Scheduler
from .retry import RetryPolicy, TransientError
