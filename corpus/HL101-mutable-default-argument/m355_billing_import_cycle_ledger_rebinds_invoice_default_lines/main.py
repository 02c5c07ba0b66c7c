"""Checkout: each call places one order, which the ledger books as an invoice."""
import itertools

import orders

_ids = itertools.count()


def scenario():
    n = next(_ids)
    receipt = orders.place(f"cust-{n}", f"sku-{n}", 10 + n % 90)
    return receipt["total"], receipt["currency"]
