"""Minimal hook bus: register named callbacks, then fire them through the returned table."""
from .registry import fire, register

__all__ = ["fire", "register"]
