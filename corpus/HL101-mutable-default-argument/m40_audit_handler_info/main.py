import itertools

import obs  # noqa: F401  (configures the audit logger)
from shop import place_order

_orders = itertools.count(10000)


def scenario():
    n = next(_orders)
    lines = [("SKU-%d" % (n % 97), 2, 9.5), ("GIFT-WRAP", 1, 3.0)]
    receipt = place_order("ORD-%d" % n, "customer-%d@example.com" % n, "DE", lines)
    return receipt["tax"]
