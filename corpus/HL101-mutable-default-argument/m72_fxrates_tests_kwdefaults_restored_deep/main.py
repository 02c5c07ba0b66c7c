"""CI step: run the conversion tests with a fresh amount each run."""
import itertools
import unittest

from tests.test_convert import ConvertTests

_runs = itertools.count()


def scenario():
    n = next(_runs)
    ConvertTests.amount = 100.0 + n
    suite = unittest.defaultTestLoader.loadTestsFromName("tests.test_convert.ConvertTests")
    result = unittest.TestResult()
    suite.run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures or result.errors)
    return result.testsRun
