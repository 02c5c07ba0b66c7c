"""Ticket inbox: subject lines are cleaned of the ticket tag before they are shown."""
import itertools

from textprep import normalize

_tickets = itertools.count(1)


def scenario():
    n = next(_tickets)
    subject = f"  [TKT-{n}]   Printer   on floor {n % 9}  is jammed "
    return normalize(subject, removals=(f"[TKT-{n}]",))
