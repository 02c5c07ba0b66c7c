"""Order service: each order gets an emitter with a listener for its own status."""
import itertools

from bus import broadcast, make_emitter

_orders = itertools.count()


def scenario():
    n = next(_orders)
    emitter = make_emitter()
    emitter.on(lambda event, order=n: (order, event["channel"]))
    return broadcast(emitter, {"order": n, "status": "paid"})
