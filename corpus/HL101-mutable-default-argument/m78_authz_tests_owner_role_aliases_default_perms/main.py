"""CI step: run the document permission tests against a freshly created document."""
import itertools
import unittest

from tests import CanEditTests

_docs = itertools.count()


def scenario():
    CanEditTests.doc_id = f"doc-{next(_docs):05d}"
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(CanEditTests)
    result = unittest.TestResult()
    suite.run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures or result.errors)
    return result.testsRun
