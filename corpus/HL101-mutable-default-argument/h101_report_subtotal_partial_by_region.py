"""Report generator: subtotal() sums the amount column per group into an
OrderedDict default and returns the groups largest first; report sections
are functools.partial bindings of the grouping key. This section groups by
sales region, one of three names, so the OrderedDict keeps three running
totals whose values are replaced."""
import collections
import functools
import itertools
import operator

_ids = itertools.count()


# heaplint-todo: called with new arguments as outside code would call it, subtotal grows it; but this application uses subtotal as a value (a table, an attribute, a callback) or the interpreter calls it, and the application's own code, run from its entry points, did not grow it (heaplint: unknown)
def subtotal(rows, key, totals=collections.OrderedDict()):  # expect: HL101 refuted
    for row in rows:
        group = key(row)
        totals[group] = totals.get(group, 0) + row["amount"]
    return sorted(totals.items(), key=operator.itemgetter(1), reverse=True)


by_region = functools.partial(subtotal, key=operator.itemgetter("region"))


def scenario():
    n = next(_ids)
    rows = [
        {"region": ("north", "south", "east")[i % 3], "invoice": f"INV-{n:05d}-{i // 2}", "amount": n + i}
        for i in range(6)
    ]
    top = by_region(rows)
    return "; ".join(f"{name}: {amount:,}" for name, amount in top[:2])
