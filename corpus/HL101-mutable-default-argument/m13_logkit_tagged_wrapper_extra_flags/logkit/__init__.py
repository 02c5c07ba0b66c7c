"""Small structured logger; context tags are bolted on by a class decorator."""
from .logger import Logger

__all__ = ["Logger"]
