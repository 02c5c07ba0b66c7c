"""Event emitter: on() files each handler under its event name in a dict default shared by all emitters."""
import itertools


class Emitter:
    def __init__(self):
        self.fired = 0

    def on(self, event, handler, handlers={}):  # expect: HL101 confirmed
        handlers.setdefault(event, []).append(handler)
        self._handlers = handlers
        return self

    def emit(self, event, *args):
        self.fired += 1
        return [h(*args) for h in self._handlers.get(event, [])[-2:]]


_conns = itertools.count()


def scenario():
    n = next(_conns)
    em = Emitter().on("close", lambda code, n=n: (n, code))
    return em.emit("close", 1000)
