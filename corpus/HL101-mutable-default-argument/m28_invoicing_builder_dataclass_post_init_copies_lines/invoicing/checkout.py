"""Checkout: adds each cart line to a fresh invoice."""
from .builder import build_invoice

__all__ = ["checkout"]


def checkout(customer, cart):
    invoice = build_invoice(customer)
    for sku, qty, price in cart:
        invoice.lines.append((sku, qty, price))
    return invoice.total()
