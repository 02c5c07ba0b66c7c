"""CI step: run the config reader tests against freshly generated configs."""
import unittest

from tests import test_readers


def scenario():
    suite = unittest.defaultTestLoader.loadTestsFromModule(test_readers)
    result = unittest.TestResult()
    suite.run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures or result.errors)
    return result.testsRun
