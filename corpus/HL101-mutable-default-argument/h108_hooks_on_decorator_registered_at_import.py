"""Request hooks registered with `@on(event, priority)` into the dict default of
`handlers_for()`; all decorators run at import, each request only fires them."""
import itertools

_requests = itertools.count()


def handlers_for(event, _table={}):  # expect: HL101 refuted
    return _table.setdefault(event, [])


def on(event, priority=50):
    def register(fn):
        handlers_for(event).append((priority, fn))
        return fn
    return register


def fire(event, payload):
    for _, fn in sorted(handlers_for(event), key=lambda entry: entry[0]):
        payload = fn(payload)
        if payload is None:
            break
    return payload


@on("request", priority=10)
def reject_internal_probe(req):
    return None if req["path"].startswith("/_probe") else req


@on("request", priority=90)
def add_trace_header(req):
    return dict(req, headers=dict(req["headers"], **{"X-Trace": "t-%d" % req["id"]}))


def scenario():
    n = next(_requests)
    path = "/_probe" if n % 5 == 0 else "/orders/%d" % n
    return fire("request", {"id": n, "path": path, "headers": {"Accept": "text/html"}})
