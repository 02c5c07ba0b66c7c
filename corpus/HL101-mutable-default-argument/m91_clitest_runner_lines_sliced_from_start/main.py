"""CI step: run the greet CLI tests for a freshly generated user name."""
import itertools
import unittest

import tests.test_cli

_runs = itertools.count(1)


def scenario():
    tests.test_cli.GreetCliTests.name = f"user{next(_runs)}"
    suite = unittest.defaultTestLoader.loadTestsFromModule(tests.test_cli)
    result = unittest.TestResult()
    suite.run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures or result.errors)
    return result.testsRun
