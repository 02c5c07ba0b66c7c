"""Reporting job: each run exports one freshly named daily report and reads it back."""
import itertools

from storage import exports as csv_exports

_runs = itertools.count()


def scenario():
    n = next(_runs)
    rows = [("sku", "qty"), (f"A-{n}", n % 9), (f"B-{n}", n % 5)]
    text = csv_exports.export_rows(f"daily-{n}", rows)
    return csv_exports.read_export(f"daily-{n}", text)
