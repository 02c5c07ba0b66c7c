"""Web worker: each call serves one request and reports its timing."""
import itertools

import events

_requests = itertools.count(1)


def scenario():
    n = next(_requests)
    timer = events.RequestTimer(f"req-{n}").subscribe()
    events.hub.publish("request.done", {"id": f"req-{n}", "ms": 3 + n % 40})
    return timer.elapsed_ms
