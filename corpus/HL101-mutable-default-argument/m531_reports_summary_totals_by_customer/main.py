"""Sales dashboard: one summary per call, over a new customer's invoices."""
import itertools

from reports import aggregators
from reports.builder import build_summary

_ids = itertools.count()
REGIONS = ("north", "south", "east", "west")


def scenario():
    n = next(_ids)
    rows = [
        {"customer": f"cust-{n:06d}", "region": REGIONS[(n + i) % 4], "amount": 40 + i}
        for i in range(3)
    ]
    return build_summary(rows, aggregators.ByCustomer())
