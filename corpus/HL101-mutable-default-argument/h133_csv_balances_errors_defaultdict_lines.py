"""CSV import: a loader reads a customer export with csv.DictReader, skips
rows whose balance does not parse and reports the problems per column. The
report is a default defaultdict(list) of "file:line" locations; every export
has a few bad rows, so their locations pile up in the shared default."""
import collections
import csv
import io
import itertools

_files = itertools.count()


def load_balances(name, text, errors=collections.defaultdict(list)):  # expect: HL101 confirmed
    balances = {}
    reader = csv.DictReader(io.StringIO(text))
    for row in reader:
        if not row["customer"]:
            continue
        try:
            balances[row["customer"]] = float(row["balance"])
        except ValueError:
            errors["balance"].append("%s:%d" % (name, reader.line_num))
    return balances, {column: len(where) for column, where in errors.items()}


def scenario():
    n = next(_files)
    lines = ["customer,balance"] + ["c%d,%s" % (n + i, "n/a" if i % 3 == 0 else i * 2.5) for i in range(6)]
    balances, problems = load_balances("export-%d.csv" % n, "\n".join(lines) + "\n")
    return sum(balances.values()), problems
