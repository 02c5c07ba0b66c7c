"""Pre-merge check: run the pool self-tests once per submitted change."""
import itertools
import unittest

import tests

_changes = itertools.count(1)


def scenario():
    n = next(_changes)
    result = unittest.TestResult()
    for name in ("test_checkout_hands_out_distinct_objects", "test_release_adopts_external_object"):
        case = tests.PoolTests(name)
        case.ident = n
        case.run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures or result.errors)
    return result.testsRun
