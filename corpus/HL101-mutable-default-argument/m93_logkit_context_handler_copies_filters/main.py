"""CI smoke run: one pass of the handler test case, each test with a fresh request id."""
import unittest

from test_stream import ContextStreamHandlerTests

TESTS = ("test_line_carries_request_id", "test_debug_is_dropped")


def scenario():
    suite = unittest.TestSuite(ContextStreamHandlerTests(name) for name in TESTS)
    result = unittest.TestResult()
    suite.run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures + result.errors)
    return result.testsRun
