"""Billing: each call renders the report for one new invoice."""
import itertools

from billing.reports import InvoiceReport

_ids = itertools.count()
CATEGORIES = ("hardware", "software", "support")


def scenario():
    n = next(_ids)
    lines = [{"invoice": f"INV-{n:06d}", "category": CATEGORIES[(n + i) % 3], "amount": i + 1}
             for i in range(3)]
    return InvoiceReport(lines).grand_total()
