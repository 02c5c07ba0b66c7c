"""Order API: each request lists one customer's orders; most requests come from the admin console."""
import itertools

import store.orders

_customers = itertools.count(1)


def scenario():
    n = next(_customers)
    return store.orders.for_customer(f"cust-{n:08d}", admin=(n % 3 != 0))
