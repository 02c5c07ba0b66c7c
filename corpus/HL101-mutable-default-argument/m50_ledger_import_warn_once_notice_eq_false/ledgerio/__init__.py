"""ledgerio: spreadsheet rows into ledger entries."""
from .service import import_rows

__all__ = ["import_rows"]
