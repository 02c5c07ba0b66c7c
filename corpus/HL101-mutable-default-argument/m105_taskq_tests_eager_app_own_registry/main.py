"""CI step: run one billing task test per call, eagerly, on a fresh app."""
import unittest

import test_billing


def scenario():
    result = unittest.TestResult()
    test_billing.InvoiceTotalTests("test_total_includes_tax").run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures + result.errors)
    return result.testsRun
