"""Request-scoped event emitter with on/off/once, as used by request lifecycle hooks."""
import collections
import functools
import itertools


class Emitter:
    def __init__(self, handlers=collections.defaultdict(set)):  # expect: HL101 confirmed
        self._handlers = handlers

    def on(self, event, fn):
        self._handlers[event].add(fn)
        return fn

    def off(self, event, fn):
        self._handlers[event].discard(fn)

    def once(self, event, fn):
        @functools.wraps(fn)
        def wrapper(*args):
            self.off(event, fn)
            return fn(*args)
        return self.on(event, wrapper)

    def emit(self, event, *args):
        return [fn(*args) for fn in list(self._handlers[event])]


def handle(method, path, request_id):
    events = Emitter()
    timings = {"request": request_id}
    events.once("finished", lambda status: timings.update(status=status, path=path))
    status = 200 if method in ("GET", "HEAD") else 405
    events.emit("finished", status)
    return timings


_ids = itertools.count()


def scenario():
    n = next(_ids)
    return handle("GET" if n % 4 else "POST", f"/items/{n}", f"req-{n:08x}")
