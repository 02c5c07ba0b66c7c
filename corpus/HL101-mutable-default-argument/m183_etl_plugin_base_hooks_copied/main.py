"""Nightly export: each job renders one customer's orders with the CSV plugin."""
import itertools

from plugins import CsvPlugin

_jobs = itertools.count()
COLUMNS = ("order", "sku", "qty")


def scenario():
    n = next(_jobs)
    plugin = CsvPlugin(f"orders-{n}", COLUMNS, delimiter=";" if n % 2 else ",")
    rows = [(f"O{n}", f"SKU-{i}", i + 1) for i in range(3)]
    return plugin.render(rows)
