"""Catalog import: each call creates one product from a supplier feed row."""
import itertools

import feed

_rows = itertools.count(1)


def scenario():
    n = next(_rows)
    return feed.import_row(f"SKU-{n:06d};{n % 97}.{n % 100:02d};Widget {n}")
