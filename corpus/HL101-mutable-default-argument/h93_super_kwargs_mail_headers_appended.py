"""Outgoing mail: cooperative mixins forward **kwargs up to Message.__init__, which keeps headers as (name, value) pairs."""
import itertools

_issues = itertools.count()


class Message:
    def __init__(self, to, subject, headers=[], **kwargs):  # expect: HL101 confirmed
        super().__init__(**kwargs)
        self._headers = headers
        self.add_header("To", to)
        self.add_header("Subject", subject)

    def add_header(self, name, value):
        self._headers.append((name, value))

    def get(self, name, default=None):
        return next((v for k, v in reversed(self._headers) if k.lower() == name.lower()), default)


class TrackedMixin:
    def __init__(self, *, campaign, **kwargs):
        super().__init__(**kwargs)
        self.add_header("X-Campaign", campaign)


class Newsletter(TrackedMixin, Message):
    pass


def scenario():
    n = next(_issues)
    msg = Newsletter(to=f"reader{n}@example.test", subject=f"Weekly digest #{n}", campaign=f"digest-{n // 52}")
    return msg.get("subject"), msg.get("x-campaign")
