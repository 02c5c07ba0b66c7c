"""netclient: the shared HTTP client used by the service wrappers."""
from .client import Client, Response

default_client = Client(timeout=3.0)

__all__ = ["Client", "Response", "default_client"]
