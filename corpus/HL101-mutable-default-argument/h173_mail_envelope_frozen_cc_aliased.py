"""Transactional mail: compose() builds a message from an Envelope, a frozen
dataclass default carrying the sender and the always-copied audit list.
Frozen only stops attribute assignment: the recipient list is taken from
the envelope by reference and the customer address appended to it, so the
shared default's cc list grows with every mail."""
import itertools
from dataclasses import dataclass


@dataclass(frozen=True)
class Envelope:
    sender: str
    cc: list


def compose(to, subject, envelope=Envelope("noreply@shop.example", ["audit@shop.example"])):  # expect: HL101 confirmed
    recipients = envelope.cc
    recipients.append(to)
    return "From: %s\nTo: %s\nSubject: %s\n" % (envelope.sender, ", ".join(recipients[-2:]), subject)


_orders = itertools.count()


def scenario():
    n = next(_orders)
    return compose(f"customer-{n}@mail.example.net", f"Your order #{n:08d} has shipped")
