"""@handles(kind): register an idempotent handler; dispatch() routes events to it.

The decorator hands back the plain function, so tests and backfills can call a
handler directly; only dispatch() goes through the redelivery guard.
"""
import functools

from journal import first_delivery

REGISTRY = {}


def handles(kind):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(event):
            if not first_delivery(kind, event["id"]):
                return {"status": "duplicate", "id": event["id"]}
            return fn(event)

        REGISTRY[kind] = wrapper
        return fn
    return decorate


def dispatch(kind, event):
    handler = REGISTRY.get(kind)
    if handler is None:
        return {"status": "unrouted", "id": event["id"]}
    return handler(event)
