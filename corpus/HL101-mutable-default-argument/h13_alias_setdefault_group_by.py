"""Report: rows are grouped by customer through an alias of the default dict's setdefault."""
import itertools


def group_rows(rows, groups={}):  # expect: HL101 confirmed
    bucket = groups.setdefault
    for row in rows:
        bucket(row["customer"], []).append(row["amount"])
    return {k: sum(v) for k, v in groups.items() if k in {r["customer"] for r in rows}}


_invoices = itertools.count()


def scenario():
    n = next(_invoices)
    rows = [{"customer": f"c{n}", "amount": 10}, {"customer": f"c{n}", "amount": 5}]
    return group_rows(rows)
