"""API gateway: per-endpoint request statistics.

Stats are grouped by the route template with setdefault, and there are
only a few (method, route) pairs, so the default dict keeps a fixed set of
[count, bytes] slots that are updated in place.
"""
import itertools

_requests = itertools.count()


def account(method, route, size, stats={}):  # expect: HL101 refuted
    slot = stats.setdefault((method, route), [0, 0])
    slot[0] += 1
    slot[1] += size
    return slot[1] // slot[0]


def handle(request_id):
    method = "GET" if request_id % 4 else "PUT"
    route = "/v1/orders/{id}/items"
    return account(method, route, 200 + request_id % 900)


def scenario():
    return handle(next(_requests))
