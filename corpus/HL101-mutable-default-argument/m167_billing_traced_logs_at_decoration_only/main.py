"""Checkout: each order gets an invoice number and a taxed total."""
import itertools

from billing import invoice_number, invoice_total

_orders = itertools.count()


def scenario():
    n = next(_orders)
    lines = [(f"seat licence {n}", 2, 9.5 + n), ("support plan", 1, 49)]
    return invoice_number(n % 1000, n), invoice_total(lines)
