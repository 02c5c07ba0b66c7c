"""httpkit: request building and a transport."""
from .client import prepare as build_request
from .client import send

__all__ = ["build_request", "send"]
