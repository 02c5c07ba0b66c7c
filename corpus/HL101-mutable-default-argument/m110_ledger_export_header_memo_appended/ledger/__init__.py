"""ledger: journal entries and their CSV export."""
from .columns import header
from .export import export_csv

__all__ = ["header", "export_csv"]
