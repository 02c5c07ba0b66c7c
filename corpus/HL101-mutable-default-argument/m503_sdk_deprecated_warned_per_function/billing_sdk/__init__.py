"""billing_sdk: the client API and its compatibility helpers."""
from . import client

__all__ = ["client"]
