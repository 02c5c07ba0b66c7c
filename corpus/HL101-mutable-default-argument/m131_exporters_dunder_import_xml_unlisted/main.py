"""Nightly export: each call exports a fresh batch of invoice rows in every format."""
import itertools

KINDS = ("csv", "tsv")

_batches = itertools.count(1)


def scenario():
    n = next(_batches)
    rows = [{"id": n * 10 + i, "total": n + i} for i in range(3)]
    sizes = {}
    for kind in KINDS:
        module = __import__("exporter_" + kind)
        sizes[kind] = len(module.EXPORTER.export(rows))
    return sizes
