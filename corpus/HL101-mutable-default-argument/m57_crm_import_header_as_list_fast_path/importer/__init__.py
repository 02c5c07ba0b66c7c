"""Import contact exports from the CRM into flat tables."""
from .header import header_for
from .table import to_table

__all__ = ["header_for", "to_table"]
