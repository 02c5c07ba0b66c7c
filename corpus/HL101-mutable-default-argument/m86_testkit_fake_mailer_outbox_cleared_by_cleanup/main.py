"""CI step: run the sign-up tests against a freshly generated address."""
import itertools
import unittest

import tests.test_signup

_runs = itertools.count(1)


def scenario():
    n = next(_runs)
    tests.test_signup.SignupTests.email = f"user{n}@example.test"
    suite = unittest.defaultTestLoader.loadTestsFromModule(tests.test_signup)
    result = unittest.TestResult()
    suite.run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures or result.errors)
    return result.testsRun
