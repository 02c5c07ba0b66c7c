from flagship.tests import FlagTestCase, with_flags


class RolloutTests(FlagTestCase):
    @with_flags("checkout")
    def test_new_checkout_on(self):
        self.assertTrue(self.flags.enabled("new_checkout"))

    @with_flags("checkout", "search")
    def test_search_beta_off(self):
        self.assertFalse(self.flags.enabled("search_beta"))

    @with_flags("checkout")
    def test_tenant_override(self):
        self.flags.override("one_click", True)
        self.assertTrue(self.flags.enabled("one_click"))
        self.assertEqual(self.flags.tenant, self.tenant)
