"""Month-end: print the sales report, then the (empty) refunds report, for one store."""
import itertools

import cli

_stores = itertools.count()


def scenario():
    n = next(_stores)
    sales = [
        {"sku": f"S{n}-1", "qty": 2, "amount": 19.0 + n},
        {"sku": f"S{n}-2", "qty": 1, "amount": 4.5},
    ]
    return [
        cli.run(["--title", f"Sales store {n}"], sales),
        cli.run(["--title", f"Refunds store {n}", "--currency", "USD"], []),
    ]
