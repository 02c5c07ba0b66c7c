"""Onboarding check: run the rollout tests for each newly created tenant."""
import itertools
import unittest

from flagship.tests.test_rollout import RolloutTests

_tenants = itertools.count()


def scenario():
    n = next(_tenants)
    RolloutTests.tenant = f"tenant-{n}"
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(RolloutTests)
    result = unittest.TestResult()
    suite.run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures + result.errors)
    return result.testsRun
