"""Nightly job: export each finished batch of orders as CSV."""
import itertools

from exporters import CsvExporter

_batches = itertools.count()


def scenario():
    n = next(_batches)
    rows = [{"sku": f"A{n}-{i}", "qty": i + 1, "price": 9.5 * i} for i in range(3)]
    return CsvExporter(f"orders_{n}", rows).export()
