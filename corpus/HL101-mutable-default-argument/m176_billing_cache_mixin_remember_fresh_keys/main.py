"""Billing API: each request prices one invoice for the caller's region."""
import itertools

from service import InvoiceService

_requests = itertools.count()
REGIONS = ("DE", "FR", "NL", "US")


def scenario():
    n = next(_requests)
    service = InvoiceService(REGIONS[n % len(REGIONS)])
    lines = [(19.99, 2), (4.5, n % 3 + 1), (120.0, 1)]
    return service.total(f"INV-{n:06d}", lines)
