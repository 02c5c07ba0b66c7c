"""CI step: run the catalog tests against a freshly generated SKU."""
import itertools
import unittest

from tests import CatalogTests

_runs = itertools.count()


def scenario():
    CatalogTests.sku = f"SKU-{next(_runs):05d}"
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(CatalogTests)
    result = unittest.TestResult()
    suite.run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures or result.errors)
    return result.testsRun
