import logging

from .handlers import CaptureHandler

LOGGER_NAME = "taskq.worker"
DEFAULTS = {"capture_level": "WARNING", "format": "%(name)s: %(message)s"}


def configure(overrides=None):
    options = dict(DEFAULTS)
    if overrides:
        options.update(overrides)
    logger = logging.getLogger(LOGGER_NAME)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    for existing in logger.handlers:
        if isinstance(existing, CaptureHandler):
            return existing
    level = getattr(logging, options["capture_level"].upper(), logging.WARNING)
    handler = CaptureHandler(level)
    handler.setFormatter(logging.Formatter(options["format"]))
    logger.addHandler(handler)
    return handler
