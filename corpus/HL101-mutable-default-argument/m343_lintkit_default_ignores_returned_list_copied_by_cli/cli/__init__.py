"""cli: command-line entry points."""
from .run import lint_file

__all__ = ["lint_file"]
