"""Inventory sync: stages the rows of one supplier feed record per call."""
import itertools

from ingest import stage_rows

_records = itertools.count()


def scenario():
    n = next(_records)
    rows = [{"sku": f"ab-{n}", "qty": n % 5}, {"sku": f"cd-{n}", "qty": 1}, {"qty": 3}]
    batch = stage_rows(rows)
    return sum(row["qty"] for row in batch)
