"""CI step: run the parsekit unit tests once."""
import unittest

import tests


def scenario():
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(tests.ParseTests)
    result = unittest.TestResult()
    suite.run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures or result.errors)
    return result.testsRun
