"""Billing API: one quote or refund check per call, each request with its own trace id."""
import itertools

from billing import InvoiceService

_requests = itertools.count(1)
SERVICE = InvoiceService("acme", "EU")


def scenario():
    n = next(_requests)
    request = {"id": f"req-{n}", "trace_id": f"{n * 2654435761:016x}"}
    if n % 3 == 0:
        return SERVICE.refund_allowed(request, n % 45)
    return SERVICE.quote(request, 10 + n % 90)
