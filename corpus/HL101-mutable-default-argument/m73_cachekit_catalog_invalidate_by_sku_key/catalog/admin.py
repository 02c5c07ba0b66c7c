"""Maintenance: forget memoized answers about SKUs whose data changed."""
from . import service


def invalidate(sku):
    """Forget every memoized answer about `sku`."""
    for fn in service.MEMOIZED:
        fn.cache.pop((sku,), None)
