"""Shop events: each scenario() call publishes one freshly paid order."""
import itertools

import m133_events_receipts  # noqa: F401  (registers its handlers on import)
from m133_events_bus import publish

_orders = itertools.count(1)


def scenario():
    n = next(_orders)
    results = publish("order.paid", {"id": n, "total": 1500 + n, "currency": "EUR"})
    assert results and f"#{n} " in results[0], results
    return results
