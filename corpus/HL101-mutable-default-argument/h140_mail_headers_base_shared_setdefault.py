"""Transactional mail: a base Mail class keeps extra headers as name -> list
of values in a dict given as a default argument; a Notification subclass
forwards **kwargs through super() and tags each message with its own
X-Notification-Id via setdefault(...).append, into the shared default."""
import itertools
from email.message import EmailMessage

_ids = itertools.count()


class Mail:
    def __init__(self, sender, to, subject, headers={}):  # expect: HL101 confirmed
        self.sender, self.to, self.subject = sender, to, subject
        self.headers = headers

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
