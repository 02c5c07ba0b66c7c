"""CI step: run the etl loader's test case against a fresh fixture."""
import unittest

from tests.test_load import LoaderTests


def scenario():
    result = unittest.TestResult()
    LoaderTests("test_loader").run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures or result.errors)
    return result.testsRun
