"""Test helper: capture what a component logs while a block runs, formatted like the console handler."""
import contextlib
import io
import itertools
import logging

FORMAT = logging.Formatter("%(levelname)s %(name)s: %(message)s")
log = logging.getLogger("shop.inventory")


@contextlib.contextmanager
def capture_logs(logger_name, level=logging.INFO, stream=io.StringIO()):  # expect: HL101 confirmed
    handler = logging.StreamHandler(stream)
    handler.setFormatter(FORMAT)
    logger = logging.getLogger(logger_name)
    old_level, old_propagate = logger.level, logger.propagate
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False
    try:
        yield stream
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)
        logger.propagate = old_propagate
        handler.close()


def sync_inventory(sku, count):
    log.info("syncing %s (%d on hand)", sku, count)
    if count < 5:
        log.warning("low stock for %s: %d left", sku, count)
    return count


_skus = itertools.count()


def scenario():
    n = next(_skus)
    with capture_logs("shop.inventory") as logs:
        sync_inventory(f"SKU-{n:06d}", n % 9)
    return logs.getvalue().count("WARNING")
