"""Event hub with one-shot handlers: each request defines a closure that
answers the request's reply event. The closure sits in the list default of
listen() only while the reply is emitted and is removed right after."""
import itertools

_requests = itertools.count()


def listen(event, callback, payload, _handlers=[]):  # expect: HL101 refuted
    def handler(name, body):
        if name == event:
            return callback(body)
        return None

    _handlers.append(handler)
    try:
        return [r for r in (h(event, payload) for h in _handlers) if r is not None]
    finally:
        _handlers.remove(handler)


def scenario():
    n = next(_requests)
    return listen("reply:%d" % n, lambda body: body.upper(), "ok %d" % n)
