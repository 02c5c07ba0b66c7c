"""Web worker: each call serves one request; the access log counts it."""
import itertools

import events

_requests = itertools.count(1)


def scenario():
    n = next(_requests)
    events.hub.publish("request.done", {"id": f"req-{n}", "ms": 3 + n % 40})
    return events.audit.ACCESS_LOG.served
