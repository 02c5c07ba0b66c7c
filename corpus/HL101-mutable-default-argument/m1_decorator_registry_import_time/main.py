"""Report download: each request calls an exporter; registration happened once, at import."""
import itertools

from exporters import to_csv, to_tsv

_reports = itertools.count()


def scenario():
    n = next(_reports)
    rows = [(n, f"item-{n}", n % 7), (n + 1, "total", 7)]
    return to_csv(rows) if n % 2 else to_tsv(rows)
