"""cmdkit: a tiny command framework; importing it registers the built-in commands."""
from .registry import command, lookup, names, unregister
from . import builtins  # noqa: F401  (registers echo and sum)

__all__ = ["command", "lookup", "names", "unregister"]
