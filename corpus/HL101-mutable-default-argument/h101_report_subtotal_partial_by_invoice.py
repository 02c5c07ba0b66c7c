"""Report generator: subtotal() sums the amount column per group into an
OrderedDict default and returns the groups largest first; report sections
are functools.partial bindings of the grouping key. This section groups by
invoice number, and every batch of rows brings new invoices, each adding a
key to the OrderedDict."""
import collections
import functools
import itertools
import operator

_ids = itertools.count()


def subtotal(rows, key, totals=collections.OrderedDict()):  # expect: HL101 confirmed
    for row in rows:
        group = key(row)
        totals[group] = totals.get(group, 0) + row["amount"]
    return sorted(totals.items(), key=operator.itemgetter(1), reverse=True)


by_invoice = functools.partial(subtotal, key=operator.itemgetter("invoice"))


def scenario():
    n = next(_ids)
    rows = [
        {"region": ("north", "south", "east")[i % 3], "invoice": f"INV-{n:05d}-{i // 2}", "amount": n + i}
        for i in range(6)
    ]
    top = by_invoice(rows)
    return "; ".join(f"{name}: {amount:,}" for name, amount in top[:2])
