"""Event hub with one-shot handlers: each request defines a closure that
answers the request's reply event. The closure is appended to the list
default of listen() and is never taken off again after it fired."""
import itertools

_requests = itertools.count()


def listen(event, callback, _handlers=[]):  # expect: HL101 confirmed
    def handler(name, payload):
        if name == event:
            return callback(payload)
        return None

    _handlers.append(handler)
    return _handlers


def emit(handlers, name, payload):
    return [r for r in (h(name, payload) for h in handlers) if r is not None]


def scenario():
    n = next(_requests)
    handlers = listen("reply:%d" % n, lambda body: body.upper())
    return emit(handlers, "reply:%d" % n, "ok %d" % n)
