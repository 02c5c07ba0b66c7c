"""Issue tracker: a triage function tags tickets by appending to the ticket's tag list."""
import itertools


class Ticket:
    def __init__(self, title, tags=[]):  # expect: HL101 confirmed
        self.title = title
        self.tags = tags
        self.priority = "normal"

    def summary(self):
        return f"[{self.priority}] {self.title} {' '.join(self.tags)}"


def triage(ticket, component):
    ticket.tags.append(component)
    if "crash" in ticket.title:
        ticket.priority = "high"
    return ticket


_issues = itertools.count()


def scenario():
    n = next(_issues)
    ticket = Ticket(f"crash on save #{n}")
    return triage(ticket, f"component-{n}").summary()
