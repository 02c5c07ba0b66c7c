"""Minimal web toolkit: view decorators."""
from .decorators import json_view

__all__ = ["json_view"]
