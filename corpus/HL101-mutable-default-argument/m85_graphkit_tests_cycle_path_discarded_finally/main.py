"""CI step: run graphkit's cycle tests on freshly generated build-target names."""
import itertools
import unittest

from tests.test_cycles import CycleTests

_runs = itertools.count()


def scenario():
    n = next(_runs)
    CycleTests.prefix = f"build{n}"
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(CycleTests)
    result = unittest.TestResult()
    suite.run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures or result.errors)
    return result.testsRun
