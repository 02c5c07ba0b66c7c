"""Attach the in-memory handler to one logger of the application."""
import logging

from .handlers import RecentRecords


def install(name, level=logging.INFO):
    logger = logging.getLogger(name)
    logger.setLevel(level)
    logger.propagate = False
    handler = RecentRecords()
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    return handler
