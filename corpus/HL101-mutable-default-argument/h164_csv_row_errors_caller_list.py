"""CSV import: `check_row` validates one row and appends problems to an
`errors` list default. The importer always passes its own per-file list, for
the header and for every data row, so the default list is never used and the
problems of each file are dropped with that file's list."""
import csv
import io
import itertools

_files = itertools.count()
COLUMNS = ("sku", "qty", "price")


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 14 (heaplint: unknown)
def check_row(lineno, row, errors=[]):  # expect: HL101 refuted
    if len(row) != len(COLUMNS):
        errors.append(f"line {lineno}: expected {len(COLUMNS)} fields, got {len(row)}: {row!r}")
    elif lineno > 1 and not row[1].isdigit():
        errors.append(f"line {lineno}: quantity {row[1]!r} is not a whole number")
    return errors


def import_csv(text):
    problems = []
    rows = list(csv.reader(io.StringIO(text)))
    check_row(1, rows[0], problems)
    for lineno, row in enumerate(rows[1:], start=2):
        check_row(lineno, row, problems)
    return len(rows) - 1, len(problems)


def scenario():
    n = next(_files)
    return import_csv(f"sku,qty\nA-{n},{n}x,9.50\nB-{n},3,1.25\n")
