"""CI step: run the form tests against the test client with a fresh user each run."""
import itertools
import unittest

from tests import FormTests

_runs = itertools.count()


def scenario():
    FormTests.user = "tester-%05d" % next(_runs)
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(FormTests)
    result = unittest.TestResult()
    suite.run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures or result.errors)
    return result.testsRun
