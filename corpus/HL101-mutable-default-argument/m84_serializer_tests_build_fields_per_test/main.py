"""CI step: run the schemata unit tests with fresh limits and a fresh SKU."""
import itertools
import unittest

from test_schemata import FieldTests

_runs = itertools.count()


def scenario():
    n = next(_runs)
    FieldTests.limit = 20 + n
    FieldTests.floor = 1 + n
    FieldTests.sku = f"SKU-{n:06d}"
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(FieldTests)
    result = unittest.TestResult()
    suite.run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures or result.errors)
    return result.testsRun
