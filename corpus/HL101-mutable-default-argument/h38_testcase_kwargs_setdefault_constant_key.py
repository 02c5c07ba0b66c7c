"""Mailer tests: assert_sent() fills a fixed 'charset' key into its default kwargs; the dict stays one entry."""
import itertools
import unittest

_messages = itertools.count()


def build_message(to, subject, charset="utf-8"):
    return {"to": to, "subject": subject, "headers": {"charset": charset}}


class MailerTests(unittest.TestCase):
    def assert_sent(self, message, to, expected_headers={}):  # expect: HL101 refuted
        expected_headers.setdefault("charset", "utf-8")
        self.assertEqual(message["to"], to)
        self.assertDictEqual(message["headers"], expected_headers)

    def test_welcome(self):
        self.assert_sent(build_message("a@example.com", "Hi"), "a@example.com")


def scenario():
    n = next(_messages)
    case = MailerTests("test_welcome")
    to = f"user{n}@example.com"
    case.assert_sent(build_message(to, f"Order {n} shipped"), to)
    return case.id()
