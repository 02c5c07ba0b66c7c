"""An in-process event bus: emit() dispatches to listeners and keeps recent events for debugging.

The recent-events log is a plain list `_history` default with no bound, so every emitted event
and its payload stay referenced from the shared default and it grows per call.
"""
import collections
import itertools

_ids = itertools.count()

_listeners = collections.defaultdict(list)


def on(event, callback):
    _listeners[event].append(callback)
    return callback


def emit(event, payload, _history=[]):  # expect: HL101 confirmed
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
