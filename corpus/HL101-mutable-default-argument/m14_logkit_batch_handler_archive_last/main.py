import itertools
import logging

from logkit import setup

log = setup("m14.orders")
_ids = itertools.count()


def scenario():
    n = next(_ids)
    log.info("order %s placed for %d items", f"ord-{n}", n % 9 + 1)
    return n
