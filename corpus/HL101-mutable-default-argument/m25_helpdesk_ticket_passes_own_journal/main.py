"""Helpdesk inbox: each incoming mail opens a ticket and assigns it."""
import itertools

from helpdesk.ticket import Ticket

_mails = itertools.count()


def scenario():
    n = next(_mails)
    ticket = Ticket(f"T-{n}", subject=f"printer {n} on fire")
    ticket.update(assignee=f"agent{n % 7}", priority=n % 3)
    return ticket.summary()
