"""Billing API: one request lists the open invoices of one customer."""
import itertools

from billing import db
from billing.invoices import InvoiceRepository

_requests = itertools.count(1)
ROWS = [{"id": i, "customer_id": i % 7, "total": 10 * i} for i in range(20)]


def scenario():
    n = next(_requests)
    repo = InvoiceRepository(db, db.MemoryConnection(ROWS))
    return len(repo.open_for(1000 + n))
