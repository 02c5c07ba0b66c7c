"""Release gate: run the order test suites, tagged with the current batch."""
import itertools
import unittest

import orderbook.tests.test_orders
import orderbook.tests.test_shipping

_batches = itertools.count()

SUITES = (
    orderbook.tests.test_orders.NewOrderTests,
    orderbook.tests.test_shipping.ShippingTests,
)


def scenario():
    n = next(_batches)
    result = unittest.TestResult()
    for case in SUITES:
        case.batch = f"batch-{n}"
        unittest.defaultTestLoader.loadTestsFromTestCase(case).run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures + result.errors)
    return result.testsRun
