"""Webhook framework: dispatch() hands its shared context default to a handler chosen by the application; this module only builds events and never dispatches."""
import itertools


def dispatch(event, handler, context={}):  # expect: HL101 unknown
    context.setdefault("attempts", 0)
    payload = {"type": event["type"], "id": event["id"], "body": dict(event["body"])}
    try:
        return handler(payload, context)
    finally:
        context["attempts"] = 0


def build_event(kind, n):
    return {"type": kind.lower().replace(" ", "."), "id": f"evt_{n:08d}", "body": {"seq": n}}


_events = itertools.count()


def scenario():
    n = next(_events)
    return build_event("Invoice Paid", n)
