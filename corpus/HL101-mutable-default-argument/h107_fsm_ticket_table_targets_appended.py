"""Ticket state machine compiled from (source, event, target) rows.
`compile_table()` groups targets per source and event in a default
`defaultdict(dict)`, appending to a list so one event may have several
targets; each ticket compiles the rows again, appending the same targets."""
import collections
import itertools

_tickets = itertools.count()
ROWS = [("open", "assign", "in_progress"), ("in_progress", "block", "blocked"),
        ("blocked", "unblock", "in_progress"), ("in_progress", "resolve", "closed"),
        ("closed", "reopen", "open"), ("blocked", "drop", "closed")]


def compile_table(rows, table=collections.defaultdict(dict)):  # expect: HL101 confirmed
    for src, event, dst in rows:
        table[src].setdefault(event, []).append(dst)
    return table


class Ticket:
    def __init__(self, key):
        self.key, self.state = key, "open"
        self.table = compile_table(ROWS)

    def fire(self, event):
        targets = self.table[self.state].get(event)
        if not targets:
            raise KeyError("%s: no %r from %s" % (self.key, event, self.state))
        self.state = targets[0]
        return self.state


def scenario():
    ticket = Ticket("TCK-%d" % next(_tickets))
    for event in ("assign", "block", "unblock", "resolve"):
        ticket.fire(event)
    return ticket.state
