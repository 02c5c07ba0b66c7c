"""CI step: run the table-of-contents tests against a freshly generated manual page."""
import itertools
import unittest

from tests import OutlineTests

_runs = itertools.count()


def scenario():
    n = next(_runs)
    OutlineTests.page = f"manual-{n}"
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(OutlineTests)
    result = unittest.TestResult()
    suite.run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures or result.errors)
    return result.testsRun
