"""Logging in the style of the standard library: a Logger keeps the handler
list it was given, and addHandler skips handlers it already holds. Each
request builds its own capture handler, so every request's handler is new
and is appended to the default list all loggers share."""
import itertools

_ids = itertools.count()


class CaptureHandler:
    def __init__(self, request_id):
        self.request_id = request_id
        self.lines = []

    def emit(self, msg):
        self.lines.append(f"[{self.request_id}] {msg}")


class Logger:
    def __init__(self, name, handlers=[]):  # expect: HL101 confirmed
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
    log.addHandler(CaptureHandler(request_id))
    log.info("started")


def scenario():
    handle_request(f"req-{next(_ids)}")
