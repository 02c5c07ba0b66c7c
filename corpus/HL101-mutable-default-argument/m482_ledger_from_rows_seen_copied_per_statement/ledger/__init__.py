"""ledger: statements and the CSV importer that builds them."""
from .importer import import_export
from .models import Statement

__all__ = ["Statement", "import_export"]
