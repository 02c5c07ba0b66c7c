"""Billing run: each invoice is created and saved once."""
import itertools

from billing.models import Invoice

_invoices = itertools.count()


def scenario():
    n = next(_invoices)
    return Invoice(f"INV-{n:06d}", n * 7 % 1000).save()
