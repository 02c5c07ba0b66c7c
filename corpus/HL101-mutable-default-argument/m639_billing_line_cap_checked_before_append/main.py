"""Billing run: each call bills a new customer for three items and prices
a quote for a prospect."""
import itertools

import billing

_ids = itertools.count(1)


def scenario():
    n = next(_ids)
    items = [(f"plan-{n:05d}", 49.0), (f"seats-{n:05d}", 12.0 * (n % 9)), ("support", 15.0)]
    invoice = billing.bill(f"cust-{n:05d}", items)
    billing.quote([("plan-basic", 19.0), (f"addon-{n}", 5.0)])
    return invoice
