"""opsctl: operations command line."""
from .cli import main

__all__ = ["main"]
