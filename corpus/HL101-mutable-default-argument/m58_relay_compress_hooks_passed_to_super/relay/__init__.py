"""relay: a small reverse proxy with pluggable response processing."""
from .core import REGISTRY, Plugin
from .manager import Response, handle

__all__ = ["Plugin", "REGISTRY", "Response", "handle"]
