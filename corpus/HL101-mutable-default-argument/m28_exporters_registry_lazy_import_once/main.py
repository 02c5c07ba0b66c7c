"""Report download endpoint: each request exports a few rows as CSV."""
import itertools

from exporters.service import export

_downloads = itertools.count()


def scenario():
    n = next(_downloads)
    rows = [(n, f"item-{n}", n % 7), (n + 1, f"item-{n + 1}", (n + 1) % 7)]
    return export(rows, header=f"id,name,qty # report {n}")
