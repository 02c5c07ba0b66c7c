"""htmlkit: small HTML utilities for the crawler."""
from .links import extract_links

__all__ = ["extract_links"]
