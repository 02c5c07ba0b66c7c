"""mailkit: build RFC 5322 messages for the marketing tools."""
from .builder import *  # noqa: F403  (builder.__all__ is the public API)
