"""billing: invoices and their totals."""
from .invoice import Invoice

__all__ = ["Invoice"]
