"""shipctl: deploy services from the command line."""
from .cli import main

__all__ = ["main"]
