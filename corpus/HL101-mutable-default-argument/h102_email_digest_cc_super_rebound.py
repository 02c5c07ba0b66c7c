"""Notification emails: a MessageBuilder collects recipients and renders an
EmailMessage. The digest builder forwards its keyword arguments to the base
class through super(), so `cc` starts as the base default list, but the
team lead is added by rebinding self.cc to a new list, never by mutating
the default, which stays empty."""
import itertools
from email.message import EmailMessage

_digests = itertools.count()


class MessageBuilder:
    def __init__(self, sender, to, cc=[], subject=""):  # expect: HL101 refuted
        self.sender, self.to, self.cc, self.subject = sender, list(to), cc, subject

    @property
    def recipients(self):
        return sorted(set(self.to) | set(self.cc))

    def build(self, body):
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = self.sender, ", ".join(self.to), self.subject
        if self.cc:
            msg["Cc"] = ", ".join(self.cc[-5:])
        msg.set_content(body)
        return msg


class DigestBuilder(MessageBuilder):
    def __init__(self, user, lead, **kwargs):
        super().__init__("digest@example.org", [user], subject="Your weekly digest", **kwargs)
        self.cc = [*self.cc, lead]


def scenario():
    n = next(_digests)
    builder = DigestBuilder("user%d@example.org" % n, "lead%d@example.org" % n)
    return len(builder.recipients), len(builder.build("%d new items" % n).as_string())
