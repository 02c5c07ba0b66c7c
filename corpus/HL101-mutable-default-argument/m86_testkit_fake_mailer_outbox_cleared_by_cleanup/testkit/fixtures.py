"""Test doubles: record side effects instead of performing them."""

__all__ = ["FakeMailer", "fake_mailer"]


class FakeMailer:
    def __init__(self, outbox):
        self.outbox = outbox

    def send(self, to, subject, body=""):
        self.outbox.append((to, subject, body))

    def last_to(self):
        return self.outbox[-1][0] if self.outbox else None


def fake_mailer(testcase, outbox=[]):  # expect: HL101 refuted
    """A mailer for `testcase`; `outbox` is emptied when the test ends."""
    testcase.addCleanup(outbox.clear)
    return FakeMailer(outbox)
