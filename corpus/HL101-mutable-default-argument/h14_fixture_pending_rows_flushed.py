"""Test DB helper: inserted rows are buffered in a default list and flushed (emptied) every 10 rows."""
import itertools

FLUSHED = [0]


def flush(pending):
    FLUSHED[0] += len(pending)
    del pending[:]


def insert_row(table, row, _pending=[]):  # expect: HL101 refuted
    _pending.append((table, tuple(sorted(row.items()))))
    if len(_pending) >= 10:
        flush(_pending)
    return len(_pending)


_rows = itertools.count()


def scenario():
    n = next(_rows)
    return insert_row("orders", {"id": n, "sku": f"SKU-{n}", "qty": n % 9})
