"""lantern: a small request handler with per-request context."""
from .context import RequestContext
from .server import Handler

__all__ = ["Handler", "RequestContext"]
