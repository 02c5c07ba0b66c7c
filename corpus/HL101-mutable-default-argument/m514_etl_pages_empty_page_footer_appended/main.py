"""Nightly export: render the rows of one customer's open orders per call."""
import itertools

from etl import export_orders

_customers = itertools.count(1)

ORDERS = [{"id": i, "customer": "c%d" % (i % 5), "state": "open"} for i in range(20)]


def scenario():
    n = next(_customers)
    return export_orders(ORDERS, customer="cust-%d" % n)
