import unittest

import settings


class TenantSettingsTests(unittest.TestCase):
    tenant = "t0"  # main.py sets a fresh tenant before each run

    def overrides(self):
        return {"timeout": 5, "features": {f"beta_{self.tenant}": True}}

    def test_overrides_win(self):
        cfg = settings.load(self.overrides())
        self.assertEqual(cfg["timeout"], 5)
        self.assertTrue(cfg["features"][f"beta_{self.tenant}"])

    def test_bundled_features_kept(self):
        cfg = settings.load(self.overrides())
        self.assertTrue(cfg["features"]["search"])
        self.assertFalse(cfg["features"]["export"])

    def test_defaults_untouched(self):
        settings.load(self.overrides())
        self.assertEqual(settings.defaults()["timeout"], 30)
