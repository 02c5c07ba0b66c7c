"""Bulk import: each row is validated, all failures are raised together and sorted by kind."""
import itertools


def _check(row):
    errors = []
    for column in ("sku", "qty"):
        if column not in row:
            errors.append(KeyError(column))
    if "qty" in row and not str(row["qty"]).isdigit():
        errors.append(ValueError(f"qty={row['qty']!r}"))
    if errors:
        raise ExceptionGroup(f"row {row.get('sku', '?')}", errors)


def import_rows(rows, _missing_columns=[]):  # expect: HL101 confirmed
    imported, rejected = 0, []
    for row in rows:
        try:
            _check(row)
            imported += 1
        except* KeyError as group:
            _missing_columns.extend(f"{row.get('sku')}: {e}" for e in group.exceptions)
        except* ValueError as group:
            rejected.extend(repr(e) for e in group.exceptions)
    return imported, rejected


_uploads = itertools.count()


def scenario():
    n = next(_uploads)
    rows = [{"sku": f"S{n}-1", "qty": "3"}, {"sku": f"S{n}-2", f"qty{n}": "4"}]
    return import_rows(rows)
