"""Bundled plugins; importing this package enables the always-on ones."""
from . import audit

__all__ = ["audit"]
