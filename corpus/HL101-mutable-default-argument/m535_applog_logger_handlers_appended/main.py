"""Batch worker: one job per call; each job logs through its own logger."""
import itertools

from applog import ConsoleHandler, get_logger

_ids = itertools.count()


def scenario():
    n = next(_ids)
    log = get_logger(f"jobs.import.{n}")
    log.add_handler(ConsoleHandler("INFO"))
    return log.info(f"imported {n % 97} rows")
