"""Checkout flow: one checkout per customer request; paying emits order.paid."""
import itertools

from shop import orders

_requests = itertools.count()


def scenario():
    n = next(_requests)
    checkout = orders.Checkout(f"user{n}@example.com")
    return checkout.pay({"id": n, "total": 1000 + n})
