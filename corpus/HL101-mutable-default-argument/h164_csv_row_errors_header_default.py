"""CSV import: `check_row` validates one row and appends problems to an
`errors` list default. The importer passes its own per-file list for the data
rows but checks the header with the default; every uploaded file has a short
header, so its problem message lands in the shared default list for good."""
import csv
import io
import itertools

_files = itertools.count()
COLUMNS = ("sku", "qty", "price")


def check_row(lineno, row, errors=[]):  # expect: HL101 confirmed
    if len(row) != len(COLUMNS):
        errors.append(f"line {lineno}: expected {len(COLUMNS)} fields, got {len(row)}: {row!r}")
    elif lineno > 1 and not row[1].isdigit():
        errors.append(f"line {lineno}: quantity {row[1]!r} is not a whole number")
    return errors


def import_csv(text):
    problems = []
    rows = list(csv.reader(io.StringIO(text)))
    header_problems = len(check_row(1, rows[0]))
    for lineno, row in enumerate(rows[1:], start=2):
        check_row(lineno, row, problems)
    return len(rows) - 1, len(problems) + header_problems


def scenario():
    n = next(_files)
    return import_csv(f"sku,qty-{n}\nA-{n},{n}x,9.50\nB-{n},3,1.25\n")
