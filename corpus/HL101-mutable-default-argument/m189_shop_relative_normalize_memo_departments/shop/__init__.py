"""shop: catalog indexing for the storefront."""
from .catalog import build_index

__all__ = ["build_index"]
