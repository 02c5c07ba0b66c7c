"""One support interaction: a ticket comes in and an agent answers it."""
import itertools

import helpdesk

_ids = itertools.count()


def scenario():
    n = next(_ids)
    ticket = helpdesk.open_ticket(n, f"printer {n} offline")
    reply = helpdesk.answer(ticket, f"try power-cycling printer {n}")
    return ticket.last_event(), reply.is_sent()
