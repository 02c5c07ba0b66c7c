"""Report endpoint: load the format plugin by name, render a fresh report."""
import importlib
import itertools

_reports = itertools.count(1)


def scenario():
    n = next(_reports)
    plugin = importlib.import_module("exportkit.delimited")
    fmt = ("csv", "tsv")[n % 2]
    rows = [("id", "total"), (n, n * 3), (n + 1, n % 11)]
    return plugin.export(fmt, rows)
