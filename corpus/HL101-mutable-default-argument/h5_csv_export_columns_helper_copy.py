"""Export: the column default travels through two helpers; the one that adds a column works on a copy."""
import csv
import datetime
import io
import itertools


def _header(columns: list[str]) -> list[str]:
    cols = list(columns)
    cols.append("exported_at")
    return cols


def _write(rows: list[dict], columns: list[str]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(_header(columns))
    stamp = datetime.datetime(2024, 5, 1, 12, 0).isoformat()
    for row in rows:
        writer.writerow([row.get(c, "") for c in columns] + [stamp])
    return buf.getvalue()


def export(rows: list[dict], columns: list[str] = ["id", "name", "total"]) -> str:  # expect: HL101 refuted
    return _write(rows, columns)


_exports = itertools.count()


def scenario():
    n = next(_exports)
    rows = [{"id": n, "name": f"acme-{n}", "total": n * 3}, {"id": n + 1, "name": "beta"}]
    return export(rows)
