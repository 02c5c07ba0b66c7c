"""Logging toolkit: records are shipped in batches by a custom handler."""
import logging

from .handlers import BatchHandler
from .settings import BATCH_SIZE


def setup(name):
    logger = logging.getLogger(name)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    logger.addHandler(BatchHandler(BATCH_SIZE))
    return logger
