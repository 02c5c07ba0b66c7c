"""Test support: fixtures and their teardown."""
from .fixtures import fixture, teardown

__all__ = ["fixture", "teardown"]
