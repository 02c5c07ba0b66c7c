"""Telemetry aggregator: request events are grouped into per-minute buckets
kept in a default deque(maxlen=5), so only the five newest minutes stay in
memory. An event for the current minute joins the last bucket; an event for
a new minute opens a bucket. The calls here all fall in the same minute, so
the deque holds one bucket whose event list grows with every call: maxlen
bounds the number of buckets, not their contents."""
import collections
import itertools

_ticks = itertools.count()


def record(event, minute, window=collections.deque(maxlen=5)):  # expect: HL101 confirmed
    if window and window[-1][0] == minute:
        window[-1][1].append(event)
    else:
        window.append((minute, [event]))
    return sum(len(events) for _, events in window)


def scenario():
    n = next(_ticks)
    event = {"path": f"/api/orders/{n}", "status": 200, "ms": n % 97}
    return record(event, minute=n // 100_000)
