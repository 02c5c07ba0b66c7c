"""Test double: FakeSmtp records sent messages in an outbox instead of talking to a server; a test may hand in a shared outbox, otherwise `outbox or []` gives the fake its own."""
import itertools


class FakeConnection:
    def __init__(self, host="localhost", port=25):
        self.host, self.port = host, port


class FakeSmtp(FakeConnection):
    def __init__(self, outbox=[], **kwargs):  # expect: HL101 refuted
        super().__init__(**kwargs)
        self.outbox = outbox or []

    def sendmail(self, sender, recipients, body):
        self.outbox.append((sender, tuple(recipients), body))
        return {}

    @property
    def last(self):
        return self.outbox[-1] if self.outbox else None


def send_welcome(smtp, email):
    return smtp.sendmail("noreply@example.test", [email], f"Subject: Welcome\n\nHi {email}!")


_tests = itertools.count()


def scenario():
    n = next(_tests)
    smtp = FakeSmtp(host="mail.test", port=2525)
    send_welcome(smtp, f"user{n}@example.test")
    assert smtp.last[1] == (f"user{n}@example.test",)
    return smtp.last
