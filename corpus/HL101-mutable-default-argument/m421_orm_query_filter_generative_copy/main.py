"""Storefront API: build the "large orders" query for one customer per call."""
import itertools

from shop.orders import large_orders_for

_customers = itertools.count(1)


def scenario():
    n = next(_customers)
    sql, params = large_orders_for(f"cust-{n}", 100 + n % 50)
    return sql, params
