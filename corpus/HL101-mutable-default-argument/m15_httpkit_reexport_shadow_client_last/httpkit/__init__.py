"""Tiny HTTP toolkit; the package re-exports `send` for callers."""
from .retrying import send
from .client import Transport, send  # noqa: F811  (the plain send is imported last and wins)

__all__ = ["Transport", "send"]
