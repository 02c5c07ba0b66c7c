"""weather: a small client for a forecast HTTP API (the transport is pluggable)."""
from .client import Client
from .models import Reading, make_reading

__all__ = ["Client", "Reading", "make_reading"]
