"""Web worker: trace one request; the span is dropped when the request is done."""
import itertools

import events
import plugins
from plugins.tracing import traced

_requests = itertools.count()


def scenario():
    n = next(_requests)
    summary = traced(events.app_bus, f"req-{n}", f"/carts/{n}")
    return summary, plugins.stats.totals["finished"]
