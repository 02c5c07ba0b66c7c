"""Issue tracker: a triage function sets priority from the ticket's tag list, which it only reads."""
import itertools


class Ticket:
    def __init__(self, title, tags=[]):  # expect: HL101 refuted
        self.title = title
        self.tags = tags
        self.priority = "normal"

    def summary(self):
        return f"[{self.priority}] {self.title} {' '.join(self.tags)}"


def triage(ticket, component):
    ticket.component = component
    if "crash" in ticket.title or "security" in ticket.tags:
        ticket.priority = "high"
    return ticket


_issues = itertools.count()


def scenario():
    n = next(_issues)
    ticket = Ticket(f"crash on save #{n}")
    return triage(ticket, f"component-{n}").summary()
