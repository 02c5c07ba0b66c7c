"""Reporting endpoint: each request exports one tenant's invoices."""
import itertools

from reports import export_report

_requests = itertools.count()
FORMATS = ("csv", "json")


def scenario():
    n = next(_requests)
    rows = [(f"INV-{n}-{i}", f"customer{n}", 19.5 * i) for i in range(3)]
    return export_report(f"tenant{n}", FORMATS[n % 2], rows)
