"""Runs one cmdkit test per call, as a test runner looping over the suite would."""
import itertools
import unittest

import tests

_runs = itertools.count()


def scenario():
    n = next(_runs)
    method = ("test_scratch_command_dispatches", "test_builtin_sum")[n % 2]
    result = unittest.TestResult()
    tests.RunnerTests(method).run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.errors + result.failures)
    return result.testsRun
