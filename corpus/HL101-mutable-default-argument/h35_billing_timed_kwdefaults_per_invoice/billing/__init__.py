"""Billing package."""
from .invoices import render_invoice

__all__ = ["render_invoice"]
