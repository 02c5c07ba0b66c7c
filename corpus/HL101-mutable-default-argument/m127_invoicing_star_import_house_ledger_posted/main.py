"""Checkout: each call bills one new customer on the default (house) ledger."""
import itertools

from invoicing import bill

_customers = itertools.count(1)


def scenario():
    n = next(_customers)
    return bill(f"cust-{n:06d}", 1999 + n % 500)
