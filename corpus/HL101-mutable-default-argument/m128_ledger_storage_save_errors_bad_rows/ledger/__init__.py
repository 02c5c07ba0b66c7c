"""ledger: imports bank exports into day batches."""
from .importer import import_day

__all__ = ["import_day"]
