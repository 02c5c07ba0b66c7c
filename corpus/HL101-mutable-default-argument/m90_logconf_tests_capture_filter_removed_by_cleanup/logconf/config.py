"""dict_config: build one logger, with its own handler, per entry of the spec."""
from .handlers import ListHandler

__all__ = ["LEVELS", "Logger", "dict_config"]

LEVELS = {"DEBUG": 10, "INFO": 20, "WARNING": 30, "ERROR": 40}


class Logger:
    def __init__(self, name, level, handlers):
        self.name, self.level, self.handlers = name, level, handlers

    def log(self, levelno, msg):
        if levelno >= self.level:
            record = {"name": self.name, "levelno": levelno, "msg": msg}
            for handler in self.handlers:
                handler.handle(record)

    def info(self, msg):
        self.log(LEVELS["INFO"], msg)


def dict_config(spec):
    loggers = {}
    for name, options in spec["loggers"].items():
        level = LEVELS[options.get("level", "INFO")]
        handler = ListHandler(LEVELS[options.get("handler_level", "DEBUG")])
        loggers[name] = Logger(name, level, [handler])
    return loggers
