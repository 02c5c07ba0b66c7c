"""netclient: a tiny async HTTP-ish client with retries."""
from .client import ApiClient
from .transport import FlakyTransport, TransportError

__all__ = ["ApiClient", "FlakyTransport", "TransportError"]
