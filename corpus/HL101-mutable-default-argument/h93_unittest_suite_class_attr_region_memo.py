"""Multi-tenant API tests: the suite builder points the TestCase class at one of the three regional staging tenants before each run."""
import io
import itertools
import unittest
from collections import OrderedDict

_runs = itertools.count()
STAGING_TENANTS = ("stage-eu", "stage-us", "stage-ap")


def tenant_settings(tenant, _loaded=OrderedDict()):  # expect: HL101 refuted
    if tenant not in _loaded:
        _loaded[tenant] = {"schema": f"t_{tenant.replace('-', '_')}", "quota": 100}
    return _loaded[tenant]


class BillingApiTests(unittest.TestCase):
    tenant = "default"

    def setUp(self):
        self.settings = tenant_settings(self.tenant)

    def test_schema_is_namespaced(self):
        self.assertTrue(self.settings["schema"].startswith("t_"))

    def test_quota_positive(self):
        self.assertGreater(self.settings["quota"], 0)


def build_suite(tenant):
    BillingApiTests.tenant = tenant
    names = unittest.defaultTestLoader.getTestCaseNames(BillingApiTests)
    return unittest.TestSuite(BillingApiTests(name) for name in names)


def scenario():
    n = next(_runs)
    tenant = STAGING_TENANTS[n % len(STAGING_TENANTS)]
    result = unittest.TextTestRunner(stream=io.StringIO()).run(build_suite(tenant))
    return result.wasSuccessful()
