"""listing: directory listings for the file browser."""
from .render import render_listing

__all__ = ["render_listing"]
