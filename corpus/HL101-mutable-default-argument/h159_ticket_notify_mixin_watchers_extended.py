"""Helpdesk notifications: `NotifyMixin.notify()` takes `recipients=[]` and
asks `self.expand_recipients(recipients, event)`, defined only on the
concrete `TicketService`, to add the ticket's owner and reporter. The helper
extends the list it is given in place and the mixin passes its default
straight through, so every ticket's watchers pile up in the shared default."""
import itertools

_tickets = itertools.count()


class NotifyMixin:
    def notify(self, event, recipients=[]):  # expect: HL101 confirmed
        self.expand_recipients(recipients, event)
        return [f"to={r} subject={event['title']}" for r in recipients[-2:]]


class TicketService(NotifyMixin):
    def __init__(self, owner):
        self.owner = owner

    def expand_recipients(self, recipients, event):
        recipients.extend([self.owner, f"{event['reporter']}@customers.example.com"])


def scenario():
    n = next(_tickets)
    service = TicketService(owner=f"team-{n % 4}@example.com")
    return len(service.notify({"title": f"Ticket #{n} stuck", "reporter": f"user{n}"}))
