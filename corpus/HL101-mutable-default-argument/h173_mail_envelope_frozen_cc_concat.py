"""Transactional mail: compose() builds a message from an Envelope, a frozen
dataclass default carrying the sender and the always-copied audit list.
The recipient list is built by concatenating the envelope's cc list with
the customer address, which makes a new list, so the shared default's cc
list keeps its single audit address."""
import itertools
from dataclasses import dataclass


@dataclass(frozen=True)
class Envelope:
    sender: str
    cc: list


def compose(to, subject, envelope=Envelope("noreply@shop.example", ["audit@shop.example"])):  # expect: HL101 refuted
    recipients = envelope.cc + [to]
    recipients.sort()
    return "From: %s\nTo: %s\nSubject: %s\n" % (envelope.sender, ", ".join(recipients[-2:]), subject)


_orders = itertools.count()


def scenario():
    n = next(_orders)
    return compose(f"customer-{n}@mail.example.net", f"Your order #{n:08d} has shipped")
