"""Invoicing: each call finalizes one fresh invoice (billing.invoices <-> billing.taxes cycle)."""
import itertools

from billing import invoices

_ids = itertools.count()
_REGIONS = ("EU", "US", "UK", "CH")


def scenario():
    n = next(_ids)
    invoice = {"id": f"INV-{n}", "region": _REGIONS[n % 4], "lines": [(1 + n % 3, 19.5), (2, 4.25)]}
    return invoices.finalize(invoice)
