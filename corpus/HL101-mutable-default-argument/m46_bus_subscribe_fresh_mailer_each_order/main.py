"""Order webhook: each paid order wires its store's mailer and is announced on the bus."""
import itertools

import bus
from shop import audit
from shop import mailer as mail

_orders = itertools.count(1)
STORES = ("harbour", "airport", "old-town")


def scenario():
    n = next(_orders)
    store = STORES[n % len(STORES)]
    mail.wire(store)
    order = {"id": n, "store": store, "email": f"buyer{n}@example.test", "total": 20 + n % 9}
    results = bus.publish("order.paid", order)
    return len(results), audit.last()
