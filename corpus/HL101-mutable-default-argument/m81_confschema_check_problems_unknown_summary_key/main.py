"""Tenant onboarding: each call validates one new tenant's configuration."""
import itertools
import unittest

from tests import TenantConfigTests

_tenants = itertools.count(1)


def scenario():
    n = next(_tenants)
    TenantConfigTests.config = {
        "host": f"billing-{n}.internal",
        "port": 8000 + n % 100,
        "log_level": "info",
        f"tenant_{n}_dsn": f"postgres://db/{n}",
    }
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(TenantConfigTests)
    result = unittest.TestResult()
    suite.run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures or result.errors)
    return result.testsRun
