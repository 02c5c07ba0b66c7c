"""clikit: helpers for testing command-line entry points."""
from .runner import Result, invoke

__all__ = ["Result", "invoke"]
