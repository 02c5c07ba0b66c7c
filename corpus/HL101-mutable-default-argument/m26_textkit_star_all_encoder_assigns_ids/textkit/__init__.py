"""Text encoding for the search indexer."""
from .encoder import encode

__all__ = ["encode"]
