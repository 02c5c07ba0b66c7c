"""Bundled plugins; importing this package registers them with the host."""
from . import bundled  # noqa: F401
