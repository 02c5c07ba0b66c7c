"""API server: each request's latency goes to metrics.track (an alias re-exported by the package __init__)."""
import itertools

import metrics as m

_requests = itertools.count()


def handle(path, started, finished):
    m.track(f"latency:{path}", finished - started)
    return 200


def scenario():
    n = next(_requests)
    return handle(f"/orders/{n}", n * 1.0, n * 1.0 + 0.025)
