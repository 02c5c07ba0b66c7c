"""Production smoke check: run the order API test against each new order."""
import itertools
import unittest

from apitests.test_orders import OrderApiTests

_orders = itertools.count()


def scenario():
    n = next(_orders)
    case = OrderApiTests("test_get_order_headers")
    case.order_id = f"ord-{n:06d}"
    result = unittest.TestResult()
    case.run(result)
    return result.wasSuccessful(), result.testsRun
