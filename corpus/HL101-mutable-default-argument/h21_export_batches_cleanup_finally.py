"""Exports: rows are streamed in batches; open readers are tracked by name so shutdown can list what is still running."""
import itertools


def batches(name, rows, size, _open=[]):  # expect: HL101 refuted
    _open.append(name)
    try:
        for start in range(0, len(rows), size):
            yield rows[start:start + size]
    finally:
        _open.remove(name)


def preview(export_id, rows):
    first = next(batches(f"preview-{export_id}", rows, 10), [])
    return [row["sku"] for row in first]


def export_all(export_id, rows):
    return sum(len(batch) for batch in batches(f"export-{export_id}", rows, 10))


_exports = itertools.count()


def scenario():
    n = next(_exports)
    rows = [{"sku": f"sku-{n}-{i}", "qty": i} for i in range(25)]
    return preview(n, rows), export_all(n, rows)
