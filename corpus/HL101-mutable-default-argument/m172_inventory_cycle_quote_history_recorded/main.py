"""Storefront: each cart line reserves stock for a configured product variant."""
import itertools

import inventory

_lines = itertools.count()


def scenario():
    n = next(_lines)
    sku = f"WID-{n:06d}"
    return inventory.reserve(sku, 1 + n % 12, 4.5 + n % 3)
