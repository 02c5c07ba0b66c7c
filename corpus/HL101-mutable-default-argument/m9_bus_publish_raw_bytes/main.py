"""Order service: every placed order is published to the message bus."""
import itertools
import json

import bus

_orders = itertools.count()


def scenario():
    n = next(_orders)
    order = {"type": "order.placed", "id": f"ord-{n}", "total": 1000 + n}
    return bus.publish("orders", json.dumps(order).encode())
