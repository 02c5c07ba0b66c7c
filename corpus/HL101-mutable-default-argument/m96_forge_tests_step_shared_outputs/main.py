"""Pre-merge check: run the compile-step self-test once per submitted change."""
import unittest

from tests.test_cc import CompileStepTests


def scenario():
    result = unittest.TestResult()
    CompileStepTests("test_emits_object").run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures or result.errors)
    return result.testsRun
