"""Graph helpers for the dependency resolver."""
from .queries import reachable

__all__ = ["reachable"]
