"""Warehouse scanner: each call is one new delivery received and counted."""
import itertools

import router

_scans = itertools.count(1)


def scenario():
    n = next(_scans)
    sku = f"SKU-{n:06d}"
    return [router.route(action, sku, n % 12 + 1) for action in ("receive", "count", "ship")]
