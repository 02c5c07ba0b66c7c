"""Bulk importer: parse errors are appended to the default list inside the except handler."""
import itertools


def import_rows(rows, errors=[]):  # expect: HL101 confirmed
    imported = []
    for line_no, row in enumerate(rows, 1):
        try:
            imported.append((row[0], int(row[1])))
        except ValueError as exc:
            errors.append((line_no, exc))
    return imported, len(errors)


_batches = itertools.count()


def scenario():
    n = next(_batches)
    import_rows([(f"sku-{n}", str(n)), (f"sku-{n}-b", f"{n} pcs"), (f"sku-{n}-c", "7")])
