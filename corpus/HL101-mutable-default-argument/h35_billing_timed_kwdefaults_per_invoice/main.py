"""Billing service: each request renders one invoice for a fresh order."""
import itertools

from billing import render_invoice

_orders = itertools.count()


def scenario():
    n = next(_orders)
    lines = [("widget", 2, 9.5), ("gadget", 1, 24.0), (f"engraving #{n}", 1, 3.25)]
    return render_invoice(f"INV-{n:06d}", lines)
