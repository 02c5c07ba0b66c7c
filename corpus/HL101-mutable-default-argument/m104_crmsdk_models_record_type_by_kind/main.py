"""CRM SDK smoke test: decode a contact and a deal, once per new tenant."""
import itertools
import unittest

import tests

_tenants = itertools.count(1)


def scenario():
    case = tests.RecordTests("test_contacts_and_deals_decode")
    case.tenant = next(_tenants)
    result = unittest.TestResult()
    case.run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures or result.errors)
    return result.testsRun
