"""CSV export: each record's line is accumulated with += into a default list before the response body is joined."""
import itertools

COLUMNS = ("id", "name", "amount")


def header(columns=COLUMNS):
    return ",".join(columns)


def to_csv(record, columns=COLUMNS, _rows=[]):  # expect: HL101 confirmed
    _rows += [",".join(str(record.get(c, "")) for c in columns)]
    return "\n".join([header(columns)] + _rows[-1:])


_invoices = itertools.count()


def scenario():
    n = next(_invoices)
    return to_csv({"id": n, "name": f"invoice-{n}", "amount": n * 3 % 1000})
