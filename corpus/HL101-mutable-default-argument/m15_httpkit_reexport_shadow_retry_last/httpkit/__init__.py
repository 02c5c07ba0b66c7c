"""Tiny HTTP toolkit; the package re-exports `send` for callers."""
from .client import Transport, send
from .retrying import send  # noqa: F811  (the retrying wrapper is the public send)

__all__ = ["Transport", "send"]
