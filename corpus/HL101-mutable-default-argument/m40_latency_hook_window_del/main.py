import itertools

from server.web import handle

_req = itertools.count(1)


def scenario():
    n = next(_req)
    started = n * 0.25
    api = handle("/api/orders/%d" % n, started, started + 0.002 * (n % 17 + 1))
    handle("/health", started, started + 0.001)
    handle("/api/orders", started, started + 0.001)
    return api["headers"].get("Server-Timing")
