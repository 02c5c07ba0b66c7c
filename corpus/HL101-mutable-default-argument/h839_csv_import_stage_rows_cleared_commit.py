"""Bulk importer: parses uploaded CSV chunks with the csv module and stages
the rows in a default list. Once BATCH rows are staged they are committed
and the staging list is emptied, so it never holds more than one batch."""
import csv
import io
import itertools

BATCH = 10
_uploads = itertools.count()


def commit(rows):
    """Stand-in for the bulk INSERT; returns the committed amount."""
    return sum(row["amount"] for row in rows)


def stage_rows(chunk, pending=[]):  # expect: HL101 refuted
    """Parse one CSV chunk and add its rows to the pending batch."""
    for row in csv.DictReader(io.StringIO(chunk)):
        row["amount"] = int(row["amount"])
        pending.append(row)
    if len(pending) >= BATCH:
        total = commit(pending)
        pending.clear()
        return total
    return 0


def scenario():
    n = next(_uploads)
    chunk = "sku,amount\nA-%d,%d\nB-%d,%d\n" % (n, n % 9, n, n % 5)
    return stage_rows(chunk)
