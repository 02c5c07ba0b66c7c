"""Minimal RFC 5322 header utilities."""
from ._headers import add_header, render_headers

__all__ = ["add_header", "render_headers"]
