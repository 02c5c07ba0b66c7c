import itertools

from events import api as bus

_ids = itertools.count()


def scenario():
    n = next(_ids)
    topic = f"order.{n}.shipped"
    received = []
    bus.subscribe(topic, received.append)
    bus.emit(topic, {"order": n, "carrier": "ups"})
    bus.close(topic)
    return len(received)
