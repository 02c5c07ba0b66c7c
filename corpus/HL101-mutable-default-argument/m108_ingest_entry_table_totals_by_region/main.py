"""Ledger ingest: each batch row is handed to the entry handler its kind maps to."""
import itertools

from ingest.table import TABLE as handlers

_batches = itertools.count(1)
REGIONS = ("north", "south", "east", "west")


def ingest(rows):
    return [handlers[row["kind"]](row) for row in rows]


def scenario():
    n = next(_batches)
    region = REGIONS[n % len(REGIONS)]
    return ingest([
        {"kind": "order", "customer": f"cust-{n}", "region": region, "amount": n % 50},
        {"kind": "refund", "customer": f"cust-{n}", "region": region, "amount": n % 7},
    ])
