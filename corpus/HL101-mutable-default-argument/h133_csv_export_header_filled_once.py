"""CSV export: stock rows from the DAL are written with csv.DictWriter. The
header defaults to a shared list that is filled from the first batch's keys
when it is still empty; later exports reuse it unchanged (their new per-run
columns are dropped by extrasaction="ignore"), so it is written only once."""
import csv
import io
import itertools

_runs = itertools.count()


def export_rows(rows, fieldnames=[]):  # expect: HL101 refuted
    if not fieldnames:
        fieldnames += sorted({key for row in rows for key in row})
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def scenario():
    n = next(_runs)
    rows = [{"sku": "SKU-%d" % i, "warehouse": "wh%d" % (i % 2), "stock_run%d" % n: n + i} for i in range(3)]
    return len(export_rows(rows))
