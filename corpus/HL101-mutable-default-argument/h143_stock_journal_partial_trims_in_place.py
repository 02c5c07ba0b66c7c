"""Warehouse movement journal: `receive` and `ship` are `functools.partial`s
of `record_movement`, which appends to a list default and keeps only the
last 100 lines for the dashboard. The trim `del journal[:-KEEP]` works on
the list itself, so the default never holds more than 100 lines."""
import functools
import itertools

_moves = itertools.count()
KEEP = 100


# heaplint-todo: called with new arguments as outside code would call it, record_movement grows it; but this application uses record_movement as a value (a table, an attribute, a callback) or the interpreter calls it, and the application's own code, run from its entry points, did not grow it (heaplint: unknown)
def record_movement(kind, sku, qty, journal=[]):  # expect: HL101 refuted
    signed = qty if kind == "receive" else -qty
    journal.append("%-7s %-12s %+4d" % (kind, sku, signed))
    del journal[:-KEEP]
    return len(journal)


receive = functools.partial(record_movement, "receive")
ship = functools.partial(record_movement, "ship")


def scenario():
    n = next(_moves)
    sku = "SKU-%06d" % n
    receive(sku, 12)
    return ship(sku, n % 12)
