"""CI hook: run the sign-up form self-tests once per pushed commit."""
import itertools
import unittest

from tests import test_signup

_commits = itertools.count(1)


def scenario():
    n = next(_commits)
    result = unittest.TestResult()
    case = test_signup.SignupValidationTests("test_rejects_address_without_at")
    case.user = f"tester{n}"
    case.run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures or result.errors)
    return result.testsRun
