"""CI step: run the metrics tests against a freshly created order path."""
import itertools
import unittest

from tests import ScrapeTests

_runs = itertools.count()


def scenario():
    n = next(_runs)
    ScrapeTests.path = f"/orders/{n}"
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(ScrapeTests)
    result = unittest.TestResult()
    suite.run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures or result.errors)
    return result.testsRun
