"""Web request logging: every request gets a CaptureHandler (logging.Handler)
that collects its formatted lines, with a filter function added so each line
carries the request id. Handler.__init__ gives the handler its own `filters`
list, and the `filters=[]` default is copied into it with a slice
assignment, so addFilter() appends to the handler's list, not the default."""
import itertools
import logging

_requests = itertools.count()
log = logging.getLogger("h190.web.requests.copied")


def request_id_filter(request_id):
    def stamp(record):
        record.request_id = request_id
        return True
    return stamp


class CaptureHandler(logging.Handler):
    def __init__(self, level=logging.INFO, filters=[]):  # expect: HL101 refuted
        super().__init__(level)
        self.filters[:] = filters
        self.lines = []

    def emit(self, record):
        self.lines.append(f"[{record.request_id}] {record.getMessage()}")


def scenario():
    n = next(_requests)
    handler = CaptureHandler()
    handler.addFilter(request_id_filter(f"req-{n:08x}"))
    log.addHandler(handler)
    try:
        log.warning("slow response for /orders/%d", n)
    finally:
        log.removeHandler(handler)
    return len(handler.lines)
