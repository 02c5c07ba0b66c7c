"""Service health: a CountingHandler (logging.Handler) attached to the
request logger tallies records for the /health page. emit(), which
logger.info() reaches through Handler.handle(), counts into a default dict
keyed by the level name, so the dict keeps one counter per level however
many requests are logged."""
import itertools
import logging

_requests = itertools.count()
log = logging.getLogger("h172.orders.requests.by_level")
log.setLevel(logging.INFO)
log.propagate = False


class CountingHandler(logging.Handler):
    # heaplint-todo: called with new arguments as outside code would call it, `emit` grows it; but this application does not call `emit` by name (it uses it as a value, a table, an attribute, a callback; the interpreter calls it; or every subclass overrides it), and the application's own code, run from its entry points, did not grow it (heaplint: unknown)
    def emit(self, record, _counts={}):  # expect: HL101 refuted
        key = record.levelname
        _counts[key] = _counts.get(key, 0) + 1
        self.counts = _counts


handler = CountingHandler()
log.addHandler(handler)


def handle_request(path, request_id):
    log.info("GET %s served (request %s)", path, request_id)
    return len(handler.counts)


def scenario():
    n = next(_requests)
    return handle_request(f"/orders/{n}", f"req-{n:08d}")
