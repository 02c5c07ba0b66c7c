"""export: CSV cells for ledger values; formatters for each kind live in their own modules."""
from .cells import to_cell
from . import numeric, temporal  # noqa: F401  registers their formatters

__all__ = ["to_cell"]
