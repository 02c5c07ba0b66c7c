"""Warehouse movement journal: `receive` and `ship` are `functools.partial`s
of `record_movement`, which appends to a list default and is meant to keep
only the last 100 lines for the dashboard. The trim `journal =
journal[-KEEP:]` rebinds the local name, so the default keeps every line."""
import functools
import itertools

_moves = itertools.count()
KEEP = 100


def record_movement(kind, sku, qty, journal=[]):  # expect: HL101 confirmed
    signed = qty if kind == "receive" else -qty
    journal.append("%-7s %-12s %+4d" % (kind, sku, signed))
    journal = journal[-KEEP:]
    return len(journal)


receive = functools.partial(record_movement, "receive")
ship = functools.partial(record_movement, "ship")


def scenario():
    n = next(_moves)
    sku = "SKU-%06d" % n
    receive(sku, 12)
    return ship(sku, n % 12)
