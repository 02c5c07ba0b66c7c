"""jobs: concurrent background steps with a live /status listing."""
from .runner import in_flight, submit

__all__ = ["in_flight", "submit"]
