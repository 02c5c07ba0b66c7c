"""CI smoke run: the checkout test case runs against a fresh order id each call."""
import itertools
import unittest

from shop.tests import CheckoutTests

_orders = itertools.count(1000)


def scenario():
    order_id = next(_orders)
    result = unittest.TestResult()
    for name in ("test_receipt_names_order", "test_audit_counts_order"):
        case = CheckoutTests(name)
        case.order_id = order_id
        case.run(result)
    return result.wasSuccessful(), result.testsRun
