"""CSV import: a loader reads a customer export with csv.DictReader, skips
rows whose balance does not parse and reports the problems per column. The
report is a default defaultdict(int) of counts per column name; the running
totals keep changing, but there is only ever the one "balance" key."""
import collections
import csv
import io
import itertools

_files = itertools.count()


def load_balances(name, text, errors=collections.defaultdict(int)):  # expect: HL101 refuted
    balances = {}
    reader = csv.DictReader(io.StringIO(text))
    for row in reader:
        if not row["customer"]:
            continue
        try:
            balances[row["customer"]] = float(row["balance"])
        except ValueError:
            errors["balance"] += 1
    return balances, {column: "%d so far (last: %s)" % (count, name) for column, count in errors.items()}


def scenario():
    n = next(_files)
    lines = ["customer,balance"] + ["c%d,%s" % (n + i, "n/a" if i % 3 == 0 else i * 2.5) for i in range(6)]
    balances, problems = load_balances("export-%d.csv" % n, "\n".join(lines) + "\n")
    return sum(balances.values()), problems
