"""CI step: run workq's direct-queue test once per call."""
import unittest

import test_worker


def scenario():
    result = unittest.TestResult()
    test_worker.DirectQueueTests("test_direct_queue_reaches_this_worker").run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures + result.errors)
    return result.testsRun
