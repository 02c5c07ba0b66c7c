"""Pre-merge check: run the order-bus self-tests once per submitted change."""
import itertools
import unittest

import tests

_changes = itertools.count(1)


def scenario():
    n = next(_changes)
    result = unittest.TestResult()
    for name in ("test_total_is_reported", "test_empty_order_is_rejected"):
        case = tests.OrderBusTests(name)
        case.ident = n
        case.run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures or result.errors)
    return result.testsRun
