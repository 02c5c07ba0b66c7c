"""greet: a small command-line greeter."""
from .cli import main

__all__ = ["main"]
