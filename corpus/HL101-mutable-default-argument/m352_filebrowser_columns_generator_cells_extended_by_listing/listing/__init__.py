"""listing: plain-text directory listings."""
from .table import render_listing

__all__ = ["render_listing"]
