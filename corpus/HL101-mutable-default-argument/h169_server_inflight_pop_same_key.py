"""Request handler: in-flight requests are tracked in an `inflight` dict
default keyed by (request id, path), and the finally clause removes the
entry by that same key whatever the handler did, so nothing is left in
the dict after a request, not even after a 404."""
import itertools

_requests = itertools.count()
ROUTES = {"/health": "ok", "/version": "1.4.2"}


def handle(request_id, path, inflight={}):  # expect: HL101 refuted
    inflight[request_id, path] = "started"
    try:
        return "200 " + ROUTES[path]
    except LookupError:
        return "404 " + path
    finally:
        inflight.pop((request_id, path), None)


def scenario():
    n = next(_requests)
    handle("req-%d" % n, "/health")
    return handle("req-%d-b" % n, "/missing/%d" % n)
