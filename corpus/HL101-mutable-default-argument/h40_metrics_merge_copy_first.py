"""Metrics: merge_counts() starts from copy.copy(totals), so page hits land in a fresh dict each call; `ignore` is only read."""
import copy
import itertools


def merge_counts(
    batch,
    totals={},  # expect: HL101 refuted
    ignore={"heartbeat", "healthz"},  # expect: HL101 refuted
):
    acc = copy.copy(totals)
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
