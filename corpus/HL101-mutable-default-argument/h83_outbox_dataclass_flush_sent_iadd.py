"""Notification outbox: messages are queued on a dataclass and flushed through a transport callable."""
import itertools
import json
from dataclasses import asdict, dataclass, field


@dataclass
class Message:
    to: str
    subject: str
    headers: dict = field(default_factory=dict)


@dataclass
class Outbox:
    owner: str
    pending: list = field(default_factory=list)

    def queue(self, to, subject, **headers):
        self.pending.append(Message(to, subject, headers))


def flush(outbox, transport, sent=[]):  # expect: HL101 confirmed
    for message in outbox.pending:
        transport(json.dumps(asdict(message), sort_keys=True))
    sent += outbox.pending
    outbox.pending.clear()
    return len(sent)


_orders = itertools.count()


def scenario():
    n = next(_orders)
    box = Outbox(owner=f"shop-{n % 3}")
    box.queue(f"buyer{n}@example.com", f"Order #{n} confirmed", priority="high")
    box.queue(f"ops{n % 4}@example.com", f"Pick order #{n}")
    wire = []
    flush(box, wire.append)
    return wire
