"""CI step: run the FX quote cache tests against a freshly named currency pair."""
import itertools
import unittest

from tests import QuoteCacheTests

_runs = itertools.count()


def scenario():
    QuoteCacheTests.pair = f"EUR/X{next(_runs):05d}"
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(QuoteCacheTests)
    result = unittest.TestResult()
    suite.run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures or result.errors)
    return result.testsRun
