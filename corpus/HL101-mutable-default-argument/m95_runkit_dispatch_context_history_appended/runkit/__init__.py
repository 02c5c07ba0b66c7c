"""runkit: collect commands from modules and dispatch argv to them."""
from .decorators import cli_command
from .loader import load
from .runner import dispatch

__all__ = ["cli_command", "load", "dispatch"]
