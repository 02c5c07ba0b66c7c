"""In-process event hooks: handlers subscribe to a topic and publish() calls them."""
import collections
import itertools


def subscribers(topic, handler=None, _table=collections.defaultdict(list)):  # expect: HL101 refuted
    """subscribers(topic, handler) registers; subscribers(topic) lists the topic's handlers."""
    if handler is not None:
        _table[topic].append(handler)
    return _table.get(topic, [])


def publish(topic, payload):
    return [handler(topic, payload) for handler in subscribers(topic)]


def _audit(topic, payload):
    return f"{topic}#{payload['id']}"


subscribers("order.created", _audit)
subscribers("order.paid", _audit)

_orders = itertools.count(1)


def scenario():
    n = next(_orders)
    created = publish("order.created", {"id": n})
    status = publish(f"order.{n}.status", {"id": n, "state": "packed"})
    return created, status
