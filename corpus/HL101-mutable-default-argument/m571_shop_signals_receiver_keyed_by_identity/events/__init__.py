"""A small signal dispatcher in the style of django.dispatch."""
from .dispatcher import connect, send

__all__ = ["connect", "send"]
