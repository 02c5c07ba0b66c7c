"""Billing API: every request issues one invoice through the service layer."""
import itertools

from billing.invoices import InvoiceService

_requests = itertools.count()
_service = InvoiceService(currency="EUR")


def scenario():
    n = next(_requests)
    return _service.issue("cust-%d" % n, 100 + n % 900)
