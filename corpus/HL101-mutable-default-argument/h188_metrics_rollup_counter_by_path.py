"""API metrics: rollup() summarizes one batch of access-log events into the
busiest paths. _normalize() only iterates the events and keeps the valid
ones, _merge() adds them to a running Counter (the default, so totals carry
across batches) and _convert() reads the three most common entries. The
Counter is keyed by request path, which carries the order id, so every
batch adds five new keys that are never dropped."""
import collections
import itertools

_ids = itertools.count()


def _normalize(events):
    return [e for e in events if 100 <= e["status"] < 600]


def _merge(totals, events):
    totals.update(e['path'] for e in events)
    return totals


def _convert(totals):
    return dict(totals.most_common(3))


def rollup(events, totals=collections.Counter()):  # expect: HL101 confirmed
    return _convert(_merge(totals, _normalize(events)))


def scenario():
    n = next(_ids)
    events = [{"path": f"/orders/{n}/{i}", "status": (200, 201, 404, 503)[(n + i) % 4]} for i in range(5)]
    return rollup(events)
