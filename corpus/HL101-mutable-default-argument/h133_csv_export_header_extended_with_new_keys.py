"""CSV export: stock rows from the DAL are written with csv.DictWriter. The
header defaults to a shared list, and every export appends (+=) the keys it
has not seen yet so no column is lost; each run adds its own stock column,
so the shared header gains a column per export and never gives one back."""
import csv
import io
import itertools

_runs = itertools.count()


def export_rows(rows, fieldnames=[]):  # expect: HL101 confirmed
    fieldnames += sorted({key for row in rows for key in row} - set(fieldnames))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames, restval="", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def scenario():
    n = next(_runs)
    rows = [{"sku": "SKU-%d" % i, "warehouse": "wh%d" % (i % 2), "stock_run%d" % n: n + i} for i in range(3)]
    return len(export_rows(rows))
