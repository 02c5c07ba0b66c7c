"""billing: invoices and quotes over one line-item helper."""
from .invoice import bill
from .quote import quote

__all__ = ["bill", "quote"]
