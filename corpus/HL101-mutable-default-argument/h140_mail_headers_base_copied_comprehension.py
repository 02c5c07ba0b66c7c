"""Transactional mail: a base Mail class takes extra headers as name -> list
of values in a dict given as a default argument, and copies it (lists too)
with a dict comprehension. A Notification subclass forwards **kwargs through
super() and appends its X-Notification-Id to the copy, never the default."""
import itertools
from email.message import EmailMessage

_ids = itertools.count()


class Mail:
    def __init__(self, sender, to, subject, headers={}):  # expect: HL101 refuted
        self.sender, self.to, self.subject = sender, to, subject
        self.headers = {name.title(): list(values) for name, values in headers.items()}

    def add_header(self, name, value):
        self.headers.setdefault(name.title(), []).append(value)

    @property
    def message(self):
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = self.sender, self.to, self.subject
        for name, values in sorted(self.headers.items()):
            msg[name] = values[-1]
        return msg


class Notification(Mail):
    def __init__(self, user, event, **kwargs):
        super().__init__("noreply@example.com", user, "[app] " + event, **kwargs)
        self.add_header("x-notification-id", "ntf-%d" % next(_ids))


def scenario():
    n = next(_ids)
    note = Notification("user%d@example.com" % n, "password changed")
    return len(note.message.as_string())
