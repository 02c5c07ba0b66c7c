"""Webhook fan-out: `deliver` calls every listener registered for a topic and
keeps a journal of deliveries for the admin page in a deque default.
`publish` is `deliver` with the listener table bound by functools.partial;
the deque has no maxlen, so every delivery stays in the journal."""
import collections
import functools
import itertools

_orders = itertools.count()

LISTENERS = {
    "order.created": [lambda p: "mail:%(id)s" % p, lambda p: "crm:%(id)s" % p],
    "order.paid": [lambda p: "ledger:%(id)s:%(total).2f" % p],
}


def deliver(listeners, topic, payload, journal=collections.deque()):  # expect: HL101 confirmed
    results = [listener(payload) for listener in listeners.get(topic, ())]
    journal.append((topic, payload["id"], tuple(results)))
    return results


publish = functools.partial(deliver, LISTENERS)


def scenario():
    n = next(_orders)
    order = {"id": "ord-%d" % n, "total": 10.0 + n % 90}
    return publish("order.created", order) + publish("order.paid", order)
