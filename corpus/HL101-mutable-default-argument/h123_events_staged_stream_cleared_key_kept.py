"""Event store: events are staged per stream in a defaultdict default and
written to the log on commit; `record_order` is a functools.partial bound to
the order category. commit() empties the stream's staged list with clear(),
which leaves the stream's key and its empty list in the dict, one per order."""
import collections
import functools
import itertools

_orders = itertools.count()


def stage(category, stream_id, event, staged=collections.defaultdict(list)):  # expect: HL101 confirmed
    staged["%s-%s" % (category, stream_id)].append(event)
    return staged


record_order = functools.partial(stage, "order")


def commit(staged, stream, log):
    events = staged[stream]
    log.extend(events)
    events.clear()
    return len(log)


def scenario():
    n = next(_orders)
    staged = None
    for event in ({"type": "placed", "n": n}, {"type": "paid", "n": n}):
        staged = record_order(n, event)
    return commit(staged, "order-%d" % n, [])
