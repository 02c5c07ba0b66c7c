"""invoicing: build invoices and compute their totals."""
from .factories import make_customer, make_invoice
from .totals import add_line, total

__all__ = ["make_customer", "make_invoice", "add_line", "total"]
