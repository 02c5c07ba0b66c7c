"""Nightly stock feed: one batch of fresh SKUs per call, spread over three warehouses.

Only the three warehouse codes reach the shared default `seen`; SKUs get a fresh set.
"""
import itertools

import inventory

_batches = itertools.count()


def scenario():
    n = next(_batches)
    rows = [{"sku": f"SKU-{n}-{i}", "warehouse": f"WH-{i % 3}", "qty": i} for i in range(6)]
    pushed = inventory.sync_batch(rows)
    sites = inventory.active_warehouses(rows)
    return len(pushed["skus"]), sites
