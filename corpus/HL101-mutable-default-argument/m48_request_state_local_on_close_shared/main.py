"""Order pages: each request is served on a fresh worker thread."""
import itertools

from webapp import handlers, server

_requests = itertools.count(1)


def scenario():
    n = next(_requests)
    request = {"id": f"r{n:06d}", "tenant": f"t{n % 17}", "order": n, "user": f"user{n % 101}"}
    return server.serve(handlers.show_order, request)
