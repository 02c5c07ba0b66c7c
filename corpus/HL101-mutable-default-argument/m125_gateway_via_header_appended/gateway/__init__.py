"""gateway: async upstream client, re-exported under a short alias."""
from .client import GatewayClient as Gateway
from .client import UpstreamError

__all__ = ["Gateway", "UpstreamError"]
