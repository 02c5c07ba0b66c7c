"""Payment webhooks: deliver one provider event per call to its handler."""
import itertools

from handlers import HANDLERS

_deliveries = itertools.count(1)


def scenario():
    n = next(_deliveries)
    kind = "payment.failed" if n % 4 == 0 else "payment.succeeded"
    event = {
        "id": f"evt_{n:010d}",
        "type": kind,
        "data": {"invoice": f"in_{n}", "attempt": n % 3 + 1},
    }
    return HANDLERS[event["type"]](event)
