"""Quoting API: one quote per call, for two fresh SKUs."""
import itertools

from catalog.service import QuoteService

_ids = itertools.count()


def scenario():
    n = next(_ids)
    return QuoteService().quote([f"SKU-{n:06d}-A", f"SKU-{n:06d}-B"])
