"""Billing API: renders each invoice with the serializer registered for it."""
import itertools

from restkit import get_serializer

_invoices = itertools.count()


def scenario():
    n = next(_invoices)
    invoice = {"id": f"INV-{n:06d}", "lines": [n, n + 1], "customer": n % 7}
    return get_serializer("invoice").serialize(invoice)
