"""billing: invoice numbering and totals."""
from .invoices import invoice_number, invoice_total

__all__ = ["invoice_number", "invoice_total"]
