"""CI step: run the campaign tests for a freshly generated customer."""
import itertools
import unittest

import tests.test_campaigns as suite_module

_runs = itertools.count(1)


def scenario():
    n = next(_runs)
    cls = suite_module.AnnounceTests
    cls.recipient, cls.manager, cls.issue = f"c{n}@example.test", f"am{n}@example.test", n
    suite = unittest.defaultTestLoader.loadTestsFromModule(suite_module)
    result = unittest.TestResult()
    suite.run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures or result.errors)
    return result.testsRun
