from .base import ParamTestCase as TestCase

__all__ = ["TestCase"]
