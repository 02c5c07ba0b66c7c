"""CI step: run the opskit command tests."""
import unittest

from tests import test_commands


def scenario():
    suite = unittest.defaultTestLoader.loadTestsFromModule(test_commands)
    result = unittest.TestResult()
    suite.run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures or result.errors)
    return result.testsRun
