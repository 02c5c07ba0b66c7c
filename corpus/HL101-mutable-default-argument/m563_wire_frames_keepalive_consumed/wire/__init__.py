"""Newline-delimited JSON over a socket."""
from .protocol import read_quotes

__all__ = ["read_quotes"]
