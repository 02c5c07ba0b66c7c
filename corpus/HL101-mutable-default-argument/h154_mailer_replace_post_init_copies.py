"""Mailer: `compose()` derives each outgoing message from a default
`Message` with dataclasses.replace(), then adds the recipient headers.
replace() calls __init__, and `__post_init__` copies the headers it is
given, so the new message appends to its own list; the default keeps only
its X-Mailer header."""
import dataclasses
import itertools

_mails = itertools.count()


@dataclasses.dataclass
class Message:
    sender: str
    subject: str = ""
    headers: list = dataclasses.field(default_factory=list)

    def __post_init__(self):
        self.headers = list(self.headers)


def compose(to, subject, base=Message("noreply@example.com", headers=[("X-Mailer", "acme")])):  # expect: HL101 refuted
    msg = dataclasses.replace(base, subject=subject)
    msg.headers.append(("To", to))
    msg.headers.append(("X-Tracking-Id", f"trk-{to}"))
    return msg


def scenario():
    n = next(_mails)
    msg = compose(f"customer{n:06d}@example.org", f"Your order #{n} has shipped")
    return len(msg.headers)
