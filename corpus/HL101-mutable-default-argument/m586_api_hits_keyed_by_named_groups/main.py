"""API gateway: one request line handled per call, for a fresh order id."""
import itertools

from gateway import server

_ids = itertools.count()


def scenario():
    n = next(_ids)
    method = ("GET", "PUT")[n % 2]
    return server.handle("%s /api/orders/%d HTTP/1.1" % (method, 1000 + n))
