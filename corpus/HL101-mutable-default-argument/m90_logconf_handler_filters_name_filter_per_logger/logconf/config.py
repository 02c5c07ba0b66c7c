"""Per-logger configuration: every logger gets its own set of handlers."""
from . import filters
from .handlers import MemoryHandler

LEVELS = {"DEBUG": 10, "INFO": 20, "WARNING": 30, "ERROR": 40}


class Logger:
    def __init__(self, name, level, handlers):
        self.name, self.level, self.handlers = name, level, handlers

    def log(self, levelno, msg, *args):
        if levelno < self.level:
            return 0
        record = {"name": self.name, "levelno": levelno, "msg": msg % args}
        return sum(handler.handle(record) for handler in self.handlers)

    def info(self, msg, *args):
        return self.log(20, msg, *args)

    def warning(self, msg, *args):
        return self.log(30, msg, *args)


def configure_logger(name, level="INFO", handler_levels=("DEBUG", "WARNING")):
    handlers = []
    for handler_level in handler_levels:
        handler = MemoryHandler(LEVELS[handler_level])
        handler.addFilter(filters.NameFilter(name))
        handlers.append(handler)
    return Logger(name, LEVELS[level], handlers)
