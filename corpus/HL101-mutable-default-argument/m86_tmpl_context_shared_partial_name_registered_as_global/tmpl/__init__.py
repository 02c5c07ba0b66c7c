"""tmpl: tiny {{ name | filter }} templates with {{> partial }} includes."""
from .environment import Environment

__all__ = ["Environment"]
