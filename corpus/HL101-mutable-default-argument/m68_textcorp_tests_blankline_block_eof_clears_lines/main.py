"""CI step: run the block reader tests against freshly generated abstracts."""
import unittest

from tests import test_util


def scenario():
    suite = unittest.defaultTestLoader.loadTestsFromModule(test_util)
    result = unittest.TestResult()
    suite.run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures or result.errors)
    return result.testsRun
