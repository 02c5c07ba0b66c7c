"""Helpdesk: a Ticket is created per incoming email with the default tags,
and triage() labels it by sender and topic."""
import itertools

_mails = itertools.count()


class Ticket:
    def __init__(self, subject, tags=[]):  # expect: HL101 confirmed
        self.subject = subject
        self.tags = tags

    def label(self, tag):
        if tag not in self.tags:
            self.tags.append(tag)

    def summary(self):
        return f"{self.subject} [{', '.join(self.tags[-3:])}]"


def triage(ticket, sender):
    ticket.label(f"from:{sender}")
    if "refund" in ticket.subject:
        ticket.label("billing")
    return ticket


def scenario():
    n = next(_mails)
    ticket = triage(Ticket(f"refund for order {n}"), f"user{n}@example.com")
    return ticket.summary()
