"""Billing: each invoice sets its own fields; the base class copied the default dict first."""
import itertools

from models import Invoice

_invoices = itertools.count()


def scenario():
    n = next(_invoices)
    return len(Invoice(f"INV-{n:06d}", n % 9000)._fields)
