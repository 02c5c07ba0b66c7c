"""jobkit: the job registry and the failure-capturing decorator."""
from .errors import capture_failures
from .registry import REGISTRY, job

__all__ = ["REGISTRY", "capture_failures", "job"]
