"""Order-tracking pub/sub: each checkout subscribes a status printer to the
topic of its own order, publishes one status and unsubscribes. The topic
table is a defaultdict default shared by every call; unsubscribe removes the
handler and deletes the topic once its list is empty, so the table stays
empty between checkouts."""
import collections
import itertools

_orders = itertools.count()


def subscription(topic, handler, _subscribers=collections.defaultdict(list)):  # expect: HL101 refuted
    _subscribers[topic].append(handler)

    def publish(message):
        return [h(topic, message) for h in _subscribers.get(topic, ())]

    def unsubscribe():
        handlers = _subscribers[topic]
        handlers.remove(handler)
        if not handlers:
            del _subscribers[topic]

    return publish, unsubscribe


def scenario():
    n = next(_orders)
    publish, unsubscribe = subscription("order.%d" % n, lambda t, m: "%s -> %s" % (t, m))
    try:
        return publish("shipped to customer-%d" % n)
    finally:
        unsubscribe()
