"""Event store: events are staged per stream in a defaultdict default and
written to the log on commit; `record_order` is a functools.partial bound to
the order category. commit() pops the stream's staged list out of the dict,
so once an order is committed nothing of it stays staged."""
import collections
import functools
import itertools

_orders = itertools.count()


# heaplint-todo: called with new arguments as outside code would call it, stage grows it; but this application uses stage as a value (a table, an attribute, a callback) or the interpreter calls it, and the application's own code, run from its entry points, did not grow it (heaplint: unknown)
def stage(category, stream_id, event, staged=collections.defaultdict(list)):  # expect: HL101 refuted
    staged["%s-%s" % (category, stream_id)].append(event)
    return staged


record_order = functools.partial(stage, "order")


def commit(staged, stream, log):
    events = staged.pop(stream, [])
    log.extend(events)
    events.clear()
    return len(log)


def scenario():
    n = next(_orders)
    staged = None
    for event in ({"type": "placed", "n": n}, {"type": "paid", "n": n}):
        staged = record_order(n, event)
    return commit(staged, "order-%d" % n, [])
