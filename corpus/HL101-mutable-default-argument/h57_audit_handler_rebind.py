"""In-memory audit handler the checkout middleware attaches per request."""
import itertools
import logging

_ids = itertools.count()
log = logging.getLogger("shopfront.audit")
log.setLevel(logging.INFO)
log.propagate = False


class AuditBufferHandler(logging.Handler):
    def __init__(self, level=logging.INFO, buffer=[]):  # expect: HL101 confirmed
        super().__init__(level)
        self.buffer = buffer

    def emit(self, record):
        try:
            self.buffer.append(self.format(record))
        except Exception:
            self.handleError(record)

    def drain(self):
        lines = self.buffer[:]
        self.buffer = []
        return lines


def handle_checkout(order_id, total):
    handler = AuditBufferHandler()
    log.addHandler(handler)
    try:
        log.info("checkout %s total=%.2f", order_id, total)
        if total > 100:
            log.warning("large order %s", order_id)
        return handler.drain()
    finally:
        log.removeHandler(handler)
        handler.close()


def scenario():
    n = next(_ids)
    return handle_checkout(f"ord-{n}", ((n + 3) % 7) * 40.0 + n / 100)
