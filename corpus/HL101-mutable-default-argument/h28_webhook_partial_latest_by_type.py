"""Webhooks: a pre-bound handler per event type turns payloads into deliveries and remembers them for the admin panel."""
import functools
import itertools


def _deliver(recent, event_type, payload):
    body = {"type": event_type, "id": payload["id"], "data": payload}
    recent[event_type] = body
    return f"POST https://hooks.example.com/{event_type} id={body['id']}"


def bind_handler(event_type, recent={}):  # expect: HL101 refuted
    return functools.partial(_deliver, recent, event_type)


HANDLERS = {name: bind_handler(name) for name in ("order.created", "order.paid", "order.refunded")}

_events = itertools.count()


def scenario():
    n = next(_events)
    created = HANDLERS["order.created"]({"id": f"evt_{n}a", "order": n, "total": n * 3})
    paid = HANDLERS["order.paid"]({"id": f"evt_{n}b", "order": n})
    return created, paid
