import unittest

import notify
from notify.welcome import send_welcome


class FakeMailer(notify.Mailer):
    def __init__(self):
        super().__init__(sender="qa@example.com")


class WelcomeEmailTests(unittest.TestCase):
    name = "alice"

    def setUp(self):
        self.mailer = FakeMailer()
        self.user = {"name": self.name, "email": f"{self.name}@example.org"}

    def test_welcome_is_queued(self):
        send_welcome(self.user, self.mailer)
        self.assertIn(self.user["email"], [m["to"] for m in self.mailer.outbox])

    def test_subject_names_user(self):
        message = send_welcome(self.user, self.mailer)
        self.assertIn(self.name, message["subject"])
        self.assertEqual(message["from"], "qa@example.com")
