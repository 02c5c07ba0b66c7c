"""Ticket state machine compiled from (source, event, target) rows.
`compile_table()` maps source and event to the target in a default
`defaultdict(dict)`; each ticket compiles the same rows again, but that only
overwrites the same few keys with the same targets, so the table stays put."""
import collections
import itertools

_tickets = itertools.count()
ROWS = [("open", "assign", "in_progress"), ("in_progress", "block", "blocked"),
        ("blocked", "unblock", "in_progress"), ("in_progress", "resolve", "closed"),
        ("closed", "reopen", "open"), ("blocked", "drop", "closed")]


def compile_table(rows, table=collections.defaultdict(dict)):  # expect: HL101 refuted
    for src, event, dst in rows:
        table[src][event] = dst
    return table


class Ticket:
    def __init__(self, key):
        self.key, self.state = key, "open"
        self.table = compile_table(ROWS)

    def fire(self, event):
        target = self.table[self.state].get(event)
        if target is None:
            raise KeyError("%s: no %r from %s" % (self.key, event, self.state))
        self.state = target
        return self.state


def scenario():
    ticket = Ticket("TCK-%d" % next(_tickets))
    for event in ("assign", "block", "unblock", "resolve"):
        ticket.fire(event)
    return ticket.state
