"""Service health: a CountingHandler (logging.Handler) attached to the
request logger tallies records for the /health page. emit(), which
logger.info() reaches through Handler.handle(), counts into a default dict
keyed by the rendered message; messages carry the request id, so one key per
request is kept forever."""
import itertools
import logging

_requests = itertools.count()
log = logging.getLogger("h172.orders.requests.by_message")
log.setLevel(logging.INFO)
log.propagate = False


class CountingHandler(logging.Handler):
    def emit(self, record, _counts={}):  # expect: HL101 confirmed
        key = record.getMessage()
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
