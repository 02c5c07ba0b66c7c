"""CI step: run the invoicing tests against a freshly generated customer and SKU."""
import itertools
import unittest

from tests.test_invoices import InvoiceTests

_runs = itertools.count()


def scenario():
    n = next(_runs)
    InvoiceTests.customer_name = f"acme-{n}"
    InvoiceTests.sku = f"SKU-{n:05d}"
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(InvoiceTests)
    result = unittest.TestResult()
    suite.run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures or result.errors)
    return result.testsRun
