"""Logging in the style of the standard library: a Logger keeps the handler
list it was given, and addHandler skips handlers it already holds. Each
request attaches the one console handler of the process, so the default list
all loggers share holds that handler once and stops there."""
import itertools

_ids = itertools.count()


class ConsoleHandler:
    def __init__(self):
        self.emitted = 0

    def emit(self, msg):
        self.emitted += 1


_console = ConsoleHandler()


class Logger:
    def __init__(self, name, handlers=[]):  # expect: HL101 refuted
        self.name = name
        self.handlers = handlers

    def addHandler(self, handler):
        if handler not in self.handlers:
            self.handlers.append(handler)

    def info(self, msg):
        for handler in self.handlers:
            handler.emit(f"{self.name}: {msg}")


def handle_request(request_id):
    log = Logger(f"app.request.{request_id}")
    log.addHandler(_console)
    log.info("started")


def scenario():
    handle_request(f"req-{next(_ids)}")
