"""CI worker: runs one test of the index test suite per call, as a runner loop would."""
import itertools
import unittest

import tests

_runs = itertools.count()


def scenario():
    n = next(_runs)
    method = ("test_add_then_lookup", "test_short_words_skipped")[n % 2]
    result = unittest.TestResult()
    tests.MemoryIndexTests(method).run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.errors + result.failures)
    return result.testsRun
