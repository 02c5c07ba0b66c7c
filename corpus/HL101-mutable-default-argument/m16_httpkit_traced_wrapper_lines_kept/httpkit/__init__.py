"""httpkit: a small HTTP client with pluggable transports and request tracing."""
from .client import Client

__all__ = ["Client"]
