import unittest

import tenants
from settings import DEFAULTS, feature_enabled


class TenantConfigTests(unittest.TestCase):
    tenant = "acme"

    def setUp(self):
        self.config = tenants.tenant_config(self.tenant, ["reports"])

    def test_defaults_are_visible(self):
        self.assertEqual(self.config["retries"], DEFAULTS["retries"])
        self.assertEqual(self.config["region"], "eu-west-1")

    def test_tenant_is_set(self):
        self.assertEqual(self.config["tenant"], self.tenant)

    def test_requested_feature_enabled(self):
        self.assertTrue(feature_enabled(self.config, "reports"))
        self.assertFalse(feature_enabled(self.config, "unknown"))
