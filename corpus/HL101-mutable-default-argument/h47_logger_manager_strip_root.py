"""Logger lookup through a manager object, logging-module style."""
import itertools

_ids = itertools.count()
LEVELS = {"DEBUG": 10, "INFO": 20, "WARNING": 30, "ERROR": 40}


class Logger:
    def __init__(self, name, level=20):
        self.name = name
        self.level = level
        self.emitted = 0

    def log(self, level_name, msg, *args):
        if LEVELS.get(level_name, 0) < self.level:
            return None
        self.emitted += 1
        return "%s %s: %s" % (level_name, self.name, msg % args if args else msg)


class Manager:
    def __init__(self):
        self.loggers = {}

    def get(self, name):
        logger = self.loggers.get(name)
        if logger is None:
            logger = self.loggers[name] = Logger(name)
        return logger


def get_logger(name, manager=Manager()):  # expect: HL101 confirmed
    # callers pass names like "app.<component>.<request id>"
    return manager.get(name.partition(".")[2] or name)


def scenario():
    n = next(_ids)
    component = ("db", "http", "cache")[n % 3]
    get_logger("app.%s.%d" % (component, n)).log("INFO", "request %d done", n)
    get_logger("app.%s.%d" % (component, n)).log("DEBUG", "payload skipped")
