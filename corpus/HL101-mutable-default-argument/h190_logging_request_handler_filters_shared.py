"""Web request logging: every request gets a CaptureHandler (logging.Handler)
that collects its formatted lines, with a filter function added so each line
carries the request id. After Handler.__init__ the handler replaces its own
`filters` list with the `filters=[]` default itself, so addFilter() appends
every request's filter to the shared default, which keeps them all."""
import itertools
import logging

_requests = itertools.count()
log = logging.getLogger("h190.web.requests.shared")


def request_id_filter(request_id):
    def stamp(record):
        record.request_id = request_id
        return True
    return stamp


class CaptureHandler(logging.Handler):
    def __init__(self, level=logging.INFO, filters=[]):  # expect: HL101 confirmed
        super().__init__(level)
        self.filters = filters
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
