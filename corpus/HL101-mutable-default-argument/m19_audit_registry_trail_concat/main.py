import itertools

import plugins  # noqa: F401  (registers the handlers)
from core.dispatch import dispatch

_ids = itertools.count()


def scenario():
    n = next(_ids)
    event = {"kind": "invoice.paid", "id": n, "amount": n * 3}
    depth = dispatch("audit", event)
    message = dispatch("notify", event)
    return depth, message
