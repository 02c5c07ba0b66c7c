"""Plugins: a tiny hook registry; plugins subscribe with a decorator at import time.

`hooks()` both registers (when given a callback) and looks up (when not) in a
default `defaultdict(list)`. Registration only happens while this module is
imported, and the app fires events from a fixed set of names, so the lookup's
auto-inserted key for the one event nobody subscribed to is added once.
"""
import collections
import functools
import itertools
import logging

log = logging.getLogger(__name__)


def hooks(event, callback=None, _registry=collections.defaultdict(list)):  # expect: HL101 refuted
    if callback is not None:
        _registry[event].append(callback)
        return callback
    return tuple(_registry[event])


def on(event):
    def decorator(fn):
        @functools.wraps(fn)
        def guarded(payload):
            try:
                return fn(payload)
            except Exception:  # a broken plugin must not break checkout
                log.exception("hook %s failed for %s", fn.__name__, event)
                return None
        return hooks(event, guarded)
    return decorator


@on("order.created")
def send_receipt(order):
    return f"receipt:{order['id']}:{order['email']}"


@on("order.created")
def reserve_stock(order):
    return sum(qty for _, qty in order["lines"])


@on("order.cancelled")
def release_stock(order):
    return -sum(qty for _, qty in order["lines"])


def fire(event, payload):
    return [result for result in (cb(payload) for cb in hooks(event)) if result is not None]


EVENTS = ("order.created", "order.cancelled", "order.shipped")
_seq = itertools.count()


def scenario():
    n = next(_seq)
    order = {
        "id": f"o{n}",
        "email": f"buyer{n}@example.com",
        "lines": [("sku-1", 1 + n % 3), ("sku-2", 2)],
    }
    return fire(EVENTS[n % len(EVENTS)], order)
