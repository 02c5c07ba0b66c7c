"""API server: a per-request filter drops repeated log lines within that request."""
import itertools
import logging

log = logging.getLogger("api.requests")
log.setLevel(logging.DEBUG)
log.addHandler(logging.NullHandler())


class DedupeFilter(logging.Filter):
    def __init__(self, name="", seen=set()):  # expect: HL101 refuted
        super().__init__(name)
        self.seen = set(seen)

    def filter(self, record):
        key = record.getMessage()
        if key in self.seen:
            return False
        self.seen.add(key)
        return True


def handle(request_id, path):
    dedupe = DedupeFilter()
    log.addFilter(dedupe)
    try:
        for _ in range(3):
            log.debug("request %s retried %s", request_id, path)
        return 200
    finally:
        log.removeFilter(dedupe)


_ids = itertools.count()


def scenario():
    n = next(_ids)
    return handle(f"req-{n}", f"/orders/{n}")
