"""Mail hub: each incoming message is routed by recipient domain to a relay and delivered."""
import collections
import itertools

from relay import LmtpRelay, LocalRelay, SmtpRelay

Message = collections.namedtuple("Message", "sender rcpt peer day body")

ROUTES = {"acme.example": LmtpRelay(), "partner.example": SmtpRelay(), "localhost": LocalRelay()}
DOMAINS = sorted(ROUTES)

_messages = itertools.count()


def route(message):
    return ROUTES[message.rcpt.rpartition("@")[2]].deliver(message)


def scenario():
    n = next(_messages)
    out = []
    for i, domain in enumerate(DOMAINS):
        peer = f"10.0.{n % 250}.{i + 1}"
        msg = Message(f"user{n}@outside.example", f"box{n}@{domain}", peer, n % 365, f"Invoice {n} attached")
        out.append(route(msg))
    return sum(map(len, out))
