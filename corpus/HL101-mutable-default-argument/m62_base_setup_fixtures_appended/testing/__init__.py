"""In-house helpers on top of unittest."""
from .base import BaseTestCase

__all__ = ["BaseTestCase"]
