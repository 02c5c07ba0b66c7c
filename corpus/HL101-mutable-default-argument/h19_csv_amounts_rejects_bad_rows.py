"""Import of payment rows: rows whose amount does not parse are kept in a rejects list for a later report."""
import itertools
from decimal import Decimal, InvalidOperation


def parse_amounts(rows, rejects=[]):  # expect: HL101 confirmed
    total = Decimal(0)
    for row in rows:
        try:
            total += Decimal(row["amount"])
        except InvalidOperation:
            rejects.append(row)
    return total


_batches = itertools.count()


def scenario():
    n = next(_batches)
    rows = [
        {"id": n, "amount": f"{n % 500}.25"},
        {"id": n + 1, "amount": f"{n % 7},00"},
    ]
    return parse_amounts(rows)
