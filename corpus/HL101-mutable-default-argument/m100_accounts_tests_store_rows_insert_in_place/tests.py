"""accounts self-tests."""
import unittest

import accounts


class SignupTests(unittest.TestCase):
    user = "someone"

    def setUp(self):
        self.store = accounts.UserStore()

    def test_signup_then_profile(self):
        uid = accounts.signup(self.store, self.user, f"{self.user}@example.com")
        self.assertEqual(accounts.profile(self.store, uid)["name"], self.user)

    def test_unknown_profile_is_none(self):
        self.assertIsNone(accounts.profile(self.store, -1))
