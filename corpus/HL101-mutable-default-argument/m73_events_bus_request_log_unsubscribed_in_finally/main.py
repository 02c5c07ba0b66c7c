"""API worker: serve one batch of requests; malformed ones are rejected and counted."""
import itertools

import handlers

_batches = itertools.count()


def scenario():
    n = next(_batches)
    batch = [
        {"id": f"r{n}-0", "method": "GET", "path": f"/orders/{n}"},
        {"id": f"r{n}-1", "method": "POST", "path": f"orders/{n}/refund"},
    ]
    served, rejected = [], 0
    for request in batch:
        try:
            served.extend(handlers.handle(request))
        except ValueError:
            rejected += 1
    return served, rejected
