"""apiclient: a thin client for the shop API."""
from .request import build_request
from .defaults import BASE_URL

__all__ = ["build_request", "BASE_URL"]
