"""CI step: run the search unit tests against a freshly generated document."""
import itertools
import unittest

import tests.test_search

_runs = itertools.count(1)


def scenario():
    n = next(_runs)
    case = tests.test_search.HighlightTests
    case.doc_id = f"doc-{n:06d}"
    case.body = f"Invoice INV{n} for C{n * 7} was refunded."
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(case)
    result = unittest.TestResult()
    suite.run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures or result.errors)
    return result.testsRun
