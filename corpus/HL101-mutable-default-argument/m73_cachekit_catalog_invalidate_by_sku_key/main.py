"""Hourly job: reconcile one supplier feed page of freshly listed SKUs."""
import itertools

from reconcile import reconcile

_pages = itertools.count()


def scenario():
    n = next(_pages)
    feed = [(f"SKU-{n:05d}-{i}", 120.0 + i) for i in range(3)]
    return reconcile(feed)
