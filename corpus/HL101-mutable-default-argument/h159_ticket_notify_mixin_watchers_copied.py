"""Helpdesk notifications: `NotifyMixin.notify()` takes `recipients=[]` and
asks `self.expand_recipients(recipients, event)`, defined only on the
concrete `TicketService`, to add the ticket's owner and reporter. The helper
extends the list in place, but the mixin first copies its argument with
list(), so the helper grows a per-call list and the default stays empty."""
import itertools

_tickets = itertools.count()


class NotifyMixin:
    def notify(self, event, recipients=[]):  # expect: HL101 refuted
        recipients = list(recipients)
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
