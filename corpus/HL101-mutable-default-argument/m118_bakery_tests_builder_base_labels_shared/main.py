"""Checkout-service smoke job: run the order tests once per call from a fixed list."""
from tests import test_orders as t

TESTS = (t.test_two_croissants, t.test_wholesale_discount, t.test_gift_order_flagged)


def scenario():
    for test in TESTS:
        test()
    return len(TESTS)
