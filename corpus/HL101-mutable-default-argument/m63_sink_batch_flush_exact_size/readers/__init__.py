"""Readers for order exports; each reader class lives in its own module."""
from .base import MalformedRow, Reader
