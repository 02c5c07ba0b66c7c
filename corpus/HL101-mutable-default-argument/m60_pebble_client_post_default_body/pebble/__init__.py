"""pebble: requests, and a test client that drives an app in-process."""
from .request import Request
from .testing import TestClient

__all__ = ["Request", "TestClient"]
