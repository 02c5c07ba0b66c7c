"""webapp: a micro framework; views run inside dispatch(), hooks are registered at import."""
from .hooks import before_request, run_before_hooks
from .dispatching import dispatch

__all__ = ["before_request", "dispatch", "run_before_hooks"]
