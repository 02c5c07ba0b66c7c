"""apiclient: a small REST client with a per-client response cache."""
from .api import ApiError, Client

__all__ = ["ApiError", "Client"]
