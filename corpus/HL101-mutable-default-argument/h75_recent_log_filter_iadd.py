"""Diagnostics: a logger filter keeps the most recent messages for the debug page."""
import itertools
import logging


class Recent(list):
    def __init__(self, maxlen):
        super().__init__()
        self.maxlen = maxlen

    def append(self, item):
        super().append(item)
        if len(self) > self.maxlen:
            del self[0]


def remember(record, recent=Recent(maxlen=25)):  # expect: HL101 confirmed
    recent += [f"{record.levelname}: {record.getMessage()}"]
    return True


log = logging.getLogger("shop.orders")
log.setLevel(logging.INFO)
log.propagate = False
log.addHandler(logging.NullHandler())
log.addFilter(remember)

_orders = itertools.count()


def scenario():
    n = next(_orders)
    log.info("order %s shipped to %s", n, f"warehouse-{n % 4}")
    return n
