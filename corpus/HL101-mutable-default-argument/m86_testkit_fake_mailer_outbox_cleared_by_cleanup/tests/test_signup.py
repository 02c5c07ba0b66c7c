import unittest

import signup
from testkit import fake_mailer


class SignupTests(unittest.TestCase):
    email = "first@example.test"  # main.py sets a fresh address before each run

    def setUp(self):
        self.accounts = {}
        self.mailer = fake_mailer(self)

    def test_welcome_mail_sent(self):
        signup.register(self.email, self.mailer, self.accounts)
        self.assertEqual(self.mailer.last_to(), self.email)

    def test_duplicate_rejected_without_mail(self):
        signup.register(self.email, self.mailer, self.accounts)
        sent = len(self.mailer.outbox)
        with self.assertRaises(signup.SignupError):
            signup.register(self.email, self.mailer, self.accounts)
        self.assertEqual(len(self.mailer.outbox), sent)

    def test_bad_address_rejected(self):
        with self.assertRaises(signup.SignupError):
            signup.register(self.email.replace("@", " at "), self.mailer, self.accounts)
