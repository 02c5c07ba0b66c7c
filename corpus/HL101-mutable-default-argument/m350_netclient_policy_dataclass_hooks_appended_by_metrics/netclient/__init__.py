"""netclient: an HTTP client with a retry policy."""
from .client import Client
from .policy import RetryPolicy

__all__ = ["Client", "RetryPolicy"]
