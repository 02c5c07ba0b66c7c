"""Model signals: an `EventBus` maps event names to subscriber lists, shared
through the constructor's default table. Subscribers are wired by decorators
when the module is imported; each request builds a bus only to emit, so the
table is filled at import time and only read per request."""
import itertools

_requests = itertools.count()


class EventBus:
    # heaplint-todo: EventBus.on.<locals>.register, which can store into it at line 16, never ran in the scenario; code heaplint cannot see may call it (heaplint: unknown)
    def __init__(self, table={}):  # expect: HL101 refuted
        self._table = table

    def on(self, event):
        def register(callback):
            self._table.setdefault(event, []).append(callback)
            return callback
        return register

    def emit(self, event, record):
        return [callback(record) for callback in self._table.get(event, ())]


@EventBus().on("saved")
def audit(record):
    return "saved %s#%s" % (type(record).__name__, record["id"])


def scenario():
    n = next(_requests)
    bus = EventBus()
    return bus.emit("saved", {"id": n, "name": "invoice-%d" % n})[-1]
