"""Checkout service: a memory log handler keeps formatted records for the in-app diagnostics page."""
import itertools
import logging


class MemoryHandler(logging.Handler):
    def __init__(self, level=logging.NOTSET, records=[]):  # expect: HL101 confirmed
        super().__init__(level)
        self.records = records

    def emit(self, record):
        self.records.append(self.format(record))


log = logging.getLogger("shop.checkout")
log.propagate = False
log.setLevel(logging.INFO)
log.addHandler(MemoryHandler(level=logging.INFO))


def checkout(order_id, cents):
    log.info("order %s charged %d cents", order_id, cents)
    if cents > 10_000_000:
        log.warning("order %s needs a manual review", order_id)
    return cents


_orders = itertools.count()


def scenario():
    n = next(_orders)
    return checkout(f"ord-{n}", 100 + n)
