"""CSV import: rows are parsed with the csv module, and rows with a bad
quantity add a message to an `errors` list default. If any row failed, the
batch is rejected with RowsRejected. The except clause counts the
rejection and re-raises; the list is cleared in the else clause, which
only runs when nothing was raised, so the messages of every rejected batch
stay in the default."""
import csv
import io
import itertools

_uploads = itertools.count()
STATS = {"rejected": 0}


class RowsRejected(Exception):
    pass


def import_rows(text, errors=[]):  # expect: HL101 confirmed
    imported = []
    try:
        for lineno, row in enumerate(csv.reader(io.StringIO(text)), 1):
            try:
                imported.append((row[0], int(row[1])))
            except (IndexError, ValueError) as exc:
                errors.append("line %d: %s" % (lineno, exc))
        if errors:
            raise RowsRejected("; ".join(errors[-5:]))
    except RowsRejected:
        STATS["rejected"] += 1
        raise
    else:
        errors.clear()
    return imported


def scenario():
    n = next(_uploads)
    text = "sku-%d,3\nsku-%d,x%d\nsku-%d,7\n" % (n, n + 1, n, n + 2)
    try:
        return len(import_rows(text))
    except RowsRejected as exc:
        return str(exc)
