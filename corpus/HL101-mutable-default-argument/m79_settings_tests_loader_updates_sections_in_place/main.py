"""CI step: run the settings tests for a freshly provisioned tenant."""
import itertools
import unittest

from tests import TenantSettingsTests

_tenants = itertools.count()


def scenario():
    TenantSettingsTests.tenant = f"acme{next(_tenants):05d}"
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(TenantSettingsTests)
    result = unittest.TestResult()
    suite.run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures or result.errors)
    return result.testsRun
