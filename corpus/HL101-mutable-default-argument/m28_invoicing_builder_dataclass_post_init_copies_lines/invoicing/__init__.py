"""Invoicing: build invoices from carts."""
from .builder import *
from .checkout import *

__all__ = ["build_invoice", "checkout"]
