"""Test double: FakeSmtp records sent messages in an outbox instead of talking to a server; each test builds a fresh fake for the NotificationService under test."""
import itertools


class FakeSmtp:
    def __init__(self, host="localhost", outbox=[]):  # expect: HL101 confirmed
        self.host = host
        self.outbox = outbox

    def sendmail(self, sender, recipients, body):
        self.outbox.append((sender, tuple(recipients), body))
        return {}

    @property
    def last(self):
        return self.outbox[-1] if self.outbox else None


class NotificationService:
    def __init__(self, smtp):
        self.smtp = smtp

    def welcome(self, email):
        return self.smtp.sendmail("noreply@example.test", [email], f"Subject: Welcome\n\nHi {email}!")


_tests = itertools.count()


def scenario():
    n = next(_tests)
    smtp = FakeSmtp()
    NotificationService(smtp).welcome(f"user{n}@example.test")
    assert smtp.last[1] == (f"user{n}@example.test",)
    return smtp.last
