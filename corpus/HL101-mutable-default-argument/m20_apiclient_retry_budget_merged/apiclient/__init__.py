"""Small HTTP-ish client package: a plain Client and a RetryingClient on top of it."""
from .base import Client
from .retrying import RetryingClient

__all__ = ["Client", "RetryingClient"]
