"""Checkout service wraps each request in a capture handler so the error page
can show its log lines. All handlers share the list default, but `close()`,
called from `__exit__` on every path, empties it once the text is copied."""
import itertools
import logging

log = logging.getLogger("shop.checkout")
log.propagate = False


class RequestCapture(logging.Handler):
    def __init__(self, logger, lines=[]):  # expect: HL101 refuted
        super().__init__(logging.INFO)
        self.logger, self.lines = logger, lines

    def emit(self, record):
        self.lines.append(self.format(record))

    def __enter__(self):
        self.logger.addHandler(self)
        return self

    def __exit__(self, *exc_info):
        self.logger.removeHandler(self)
        self.close()

    def close(self):
        self.lines.clear()
        super().close()


_orders = itertools.count()


def scenario():
    n = next(_orders)
    with RequestCapture(log) as capture:
        log.warning("checkout %d: %d items, total %.2f", n, n % 7 + 1, n * 1.25)
        text = "\n".join(capture.lines)
    return len(text)
