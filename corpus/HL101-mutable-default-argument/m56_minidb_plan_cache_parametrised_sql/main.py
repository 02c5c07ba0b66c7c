"""Run the query tests against freshly generated user rows."""
import itertools
import unittest

from minidb.tests import test_users as tu

_ids = itertools.count()


def scenario():
    n = next(_ids)
    tu.UserQueryTests.rows = tuple(
        {"id": n * 10 + i, "email": f"u{n}-{i}@example.test"} for i in range(3)
    )
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(tu.UserQueryTests)
    result = unittest.TestResult()
    suite.run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures + result.errors)
    return result.testsRun
