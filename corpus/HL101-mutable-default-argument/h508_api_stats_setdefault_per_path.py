"""API gateway: per-endpoint request statistics.

Stats are grouped by the raw request path with setdefault, and the path
carries the resource id, so every request opens a new [count, bytes] slot
in the default dict.
"""
import itertools

_requests = itertools.count()


def account(method, path, size, stats={}):  # expect: HL101 confirmed
    slot = stats.setdefault((method, path), [0, 0])
    slot[0] += 1
    slot[1] += size
    return slot[1] // slot[0]


def handle(request_id):
    method = "GET" if request_id % 4 else "PUT"
    path = "/v1/orders/%d/items" % request_id
    return account(method, path, 200 + request_id % 900)


def scenario():
    return handle(next(_requests))
