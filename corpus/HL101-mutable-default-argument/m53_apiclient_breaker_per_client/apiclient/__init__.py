"""apiclient: a thin JSON API client with a circuit breaker per host."""
from .client import Client
from .transport import *

__all__ = ["Client", "CircuitOpenError", "Request", "Response"]
