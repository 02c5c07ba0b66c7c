"""Web shop: one search and one checkout per call, both emitting telemetry."""
import itertools

from telemetry import checkout, search

_ids = itertools.count()


def scenario():
    n = next(_ids)
    hits = search.run(f"red shoes size {n % 13}", user=f"u{n}")
    return hits, checkout.complete(f"ORD-{n:06d}", total_cents=1999 + n)
