"""Order feed: each new order is serialized for the downstream consumer's format."""
import itertools

import serialkit

_orders = itertools.count()


def scenario():
    n = next(_orders)
    order = {"sku": f"SKU-{n:05d}", "id": n, "qty": n % 4 + 1, "note": f"gift #{n}"}
    return serialkit.dumps(order, "js" if n % 2 else "ini")
