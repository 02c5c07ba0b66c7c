"""CI hook: run the accounts self-tests once per pushed commit."""
import itertools
import unittest

import tests

_commits = itertools.count(1)


def scenario():
    n = next(_commits)
    result = unittest.TestResult()
    for name in ("test_signup_then_profile", "test_unknown_profile_is_none"):
        case = tests.SignupTests(name)
        case.user = f"tester{n}"
        case.run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures or result.errors)
    return result.testsRun
