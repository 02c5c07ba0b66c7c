"""Metrics: merge_counts() binds `acc = totals` and adds each page hit under its path, so the default totals dict gains a key per page; `ignore` is only read."""
import itertools


def merge_counts(
    batch,
    totals={},  # expect: HL101 confirmed
    ignore={"heartbeat", "healthz"},  # expect: HL101 refuted
):
    acc = totals
    for key, value in batch.items():
        if key not in ignore:
            acc[key] = acc.get(key, 0) + value
    return acc


def flush(hits):
    merged = merge_counts(hits)
    return sum(merged.values())


_batches = itertools.count()


def scenario():
    n = next(_batches)
    return flush({f"page:/p/{n}": 1 + n % 4, "heartbeat": 1, "page:/": 2})
