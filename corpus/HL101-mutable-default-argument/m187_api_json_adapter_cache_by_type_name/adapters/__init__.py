"""Wire-format adapters for API responses."""
from .json_adapter import dump, dumps

__all__ = ["dump", "dumps"]
