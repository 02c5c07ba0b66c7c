"""CI step: run the logging-config tests for a freshly named application."""
import itertools
import unittest

import tests.test_logconf

_runs = itertools.count(1)


def scenario():
    n = next(_runs)
    tests.test_logconf.DictConfigTests.app = f"shop{n}"
    suite = unittest.defaultTestLoader.loadTestsFromModule(tests.test_logconf)
    result = unittest.TestResult()
    suite.run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures or result.errors)
    return result.testsRun
