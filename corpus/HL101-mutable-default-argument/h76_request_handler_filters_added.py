"""Per-request log capture: a buffering handler is attached to the app logger for one request."""
import itertools
import logging


class RequestIdFilter(logging.Filter):
    def __init__(self, request_id):
        super().__init__()
        self.request_id = request_id

    def filter(self, record):
        record.request_id = self.request_id
        return True


class CaptureHandler(logging.Handler):
    def __init__(self, level=logging.INFO, filters=[]):  # expect: HL101 refuted
        super().__init__(level)
        self.lines = []
        for f in filters:
            self.addFilter(f)

    def emit(self, record):
        self.lines.append(f"[{record.request_id}] {record.getMessage()}")


log = logging.getLogger("h76.app.requests")
log.setLevel(logging.INFO)
log.propagate = False
_ids = itertools.count()


def scenario():
    rid = f"req-{next(_ids):06d}"
    handler = CaptureHandler()
    handler.addFilter(RequestIdFilter(rid))
    log.addHandler(handler)
    try:
        log.info("GET /orders/%s -> 200", rid)
    finally:
        log.removeHandler(handler)
    return handler.lines
