"""An in-process event bus: emit() dispatches to listeners and keeps recent events for debugging.

The recent-events log is a `_history` default of `collections.deque(maxlen=25)`, so once 25
events have been emitted each append evicts the oldest one and the shared default stays bounded.
"""
import collections
import itertools

_ids = itertools.count()

_listeners = collections.defaultdict(list)


def on(event, callback):
    _listeners[event].append(callback)
    return callback


def emit(event, payload, _history=collections.deque(maxlen=25)):  # expect: HL101 refuted
    record = {"event": event, "payload": payload, "seq": len(_history)}
    _history.append(record)
    results = []
    for callback in _listeners.get(event, ()):
        results.append(callback(payload))
    return results


def _reserve_stock(payload):
    return sum(line["qty"] for line in payload["lines"])


def _price(payload):
    return round(sum(line["qty"] * line["unit"] for line in payload["lines"]), 2)


on("order.created", _reserve_stock)
on("order.created", _price)


def scenario():
    n = next(_ids)
    payload = {
        "order": "ord-%d" % n,
        "lines": [{"sku": "sku-%d" % (n % 97), "qty": 1 + n % 3, "unit": 9.5}],
    }
    return emit("order.created", payload)
