"""Mustache-lite: {{name}} placeholders, compiled once and cached."""
from .engine import render

__all__ = ["render"]
