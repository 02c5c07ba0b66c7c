"""Nightly report job: one weekly chart per store, drawn and closed."""
import itertools

from reports import weekly

_stores = itertools.count(1)


def scenario():
    n = next(_stores)
    series = {
        "visits": [(n * 13 + d * 5) % 90 for d in range(7)],
        "orders": [(n * 3 + d) % 20 for d in range(7)],
    }
    return weekly.store_chart(f"store-{n}", series)
