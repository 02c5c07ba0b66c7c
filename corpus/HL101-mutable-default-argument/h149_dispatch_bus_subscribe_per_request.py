"""Model signals: an `EventBus` maps event names to subscriber lists. The
request handler creates a bus per request and subscribes an audit callback
bound to the request id; but every bus shares the constructor's default
table, so each request appends one more partial to the same list."""
import functools
import itertools

_requests = itertools.count()


class EventBus:
    def __init__(self, table={}):  # expect: HL101 confirmed
        self._table = table

    def subscribe(self, event, callback):
        self._table.setdefault(event, []).append(callback)

    def emit(self, event, record):
        return [callback(record) for callback in self._table.get(event, ())]


def audit(record, request_id):
    return "req-%d saved %s#%s" % (request_id, type(record).__name__, record["id"])


def scenario():
    n = next(_requests)
    bus = EventBus()
    bus.subscribe("saved", functools.partial(audit, request_id=n))
    return bus.emit("saved", {"id": n, "name": "invoice-%d" % n})[-1]
