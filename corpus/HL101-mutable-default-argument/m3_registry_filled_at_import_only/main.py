"""Export endpoint: each request looks up the handlers registered for its format and runs them."""
import itertools

import exporters
from exporters.registry import handlers

_requests = itertools.count()


def scenario():
    n = next(_requests)
    fmt = ("csv", "tsv")[n % 2]
    rows = [(n, f"item{n}"), (n + 1, "x")]
    return [h(rows) for h in handlers(fmt)], exporters.loaded
