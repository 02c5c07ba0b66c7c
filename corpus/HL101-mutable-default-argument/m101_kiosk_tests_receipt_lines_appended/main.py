"""Till self-test: run the kiosk checks once per shift change."""
import itertools
import unittest

import tests

_shifts = itertools.count(1)


def scenario():
    n = next(_shifts)
    result = unittest.TestResult()
    for name in ("test_total_and_receipt", "test_empty_basket_rejected"):
        case = tests.TillTests(name)
        case.qty = n
        case.run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures or result.errors)
    return result.testsRun
