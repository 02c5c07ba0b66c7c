"""Support desk: each call opens a ticket, assigns it and escalates a second one."""
import itertools

from helpdesk import NewTicket, Escalation

_numbers = itertools.count(1000)


def scenario():
    n = next(_numbers)
    ticket = NewTicket(n, f"printer {n} jammed")
    ticket.assign(f"agent{n % 5}")
    urgent = Escalation(n + 1, f"server {n} down", level=2)
    return ticket.last_action(), urgent.last_action()
