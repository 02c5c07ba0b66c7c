"""tasks: background work started by the services."""
from .tracker import spawn

__all__ = ["spawn"]
