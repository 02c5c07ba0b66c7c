"""Helpdesk: tickets are dataclasses; the web form builder tags each ticket with the queue it was filed in."""
import itertools
from dataclasses import dataclass, field


@dataclass
class Ticket:
    title: str
    tags: list = field(default_factory=list)
    watchers: list = field(default_factory=list)

    @classmethod
    def from_form(cls, form, tags=[]):  # expect: HL101 refuted
        ticket = cls(form["title"], list(tags))
        ticket.tags.append(form["queue"])
        if form.get("watch"):
            ticket.watchers.append(form["email"])
        return ticket


_forms = itertools.count()


def scenario():
    n = next(_forms)
    form = {"title": f"printer {n} jammed", "queue": f"site-{n}", "email": f"u{n}@corp.example", "watch": n % 2}
    ticket = Ticket.from_form(form)
    return ticket.title, len(ticket.watchers)
