"""Mailer: `compose()` derives each outgoing message from a default
`Message` with dataclasses.replace(), then adds the recipient headers.
replace() passes the same field values to a new Message, so its `headers`
is the default's list and every message's headers are appended to it."""
import dataclasses
import itertools

_mails = itertools.count()


@dataclasses.dataclass
class Message:
    sender: str
    subject: str = ""
    headers: list = dataclasses.field(default_factory=list)


def compose(to, subject, base=Message("noreply@example.com", headers=[("X-Mailer", "acme")])):  # expect: HL101 confirmed
    msg = dataclasses.replace(base, subject=subject)
    msg.headers.append(("To", to))
    msg.headers.append(("X-Tracking-Id", f"trk-{to}"))
    return msg


def scenario():
    n = next(_mails)
    msg = compose(f"customer{n:06d}@example.org", f"Your order #{n} has shipped")
    return len(msg.headers)
