"""CI step: run the todocli tests with a freshly generated tag."""
import itertools
import unittest

from tests import TodoTests

_runs = itertools.count()


def scenario():
    TodoTests.tag = f"sprint-{next(_runs)}"
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(TodoTests)
    result = unittest.TestResult()
    suite.run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures or result.errors)
    return result.testsRun
