"""CI step: run the shop tests against a freshly generated customer and SKU."""
import itertools
import unittest

from tests.test_orders import OrderTests

_runs = itertools.count()


def scenario():
    n = next(_runs)
    OrderTests.customer = f"customer {n}"
    OrderTests.sku = f"SKU-{n:05d}"
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(OrderTests)
    result = unittest.TestResult()
    suite.run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures or result.errors)
    return result.testsRun
