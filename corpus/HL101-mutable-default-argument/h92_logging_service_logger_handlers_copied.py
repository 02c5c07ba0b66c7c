"""Logging setup: a small service logger keeps its own copy of the handler list; the per-request subclass forwards its options to it."""
import itertools
import logging


class ServiceLogger:
    def __init__(self, name, level=logging.INFO, handlers=[]):  # expect: HL101 refuted
        self.name = name
        self.level = level
        self.handlers = list(handlers)

    def add_handler(self, handler):
        if handler not in self.handlers:
            self.handlers.append(handler)

    def log(self, level, msg, *args):
        if level < self.level:
            return None
        record = logging.LogRecord(self.name, level, __file__, 0, msg, args, None)
        for handler in self.handlers:
            if level >= handler.level:
                handler.handle(record)
        return record


class RequestLogger(ServiceLogger):
    def __init__(self, request_id, **kwargs):
        super().__init__(f"http.request.{request_id}", **kwargs)
        self.request_id = request_id


_requests = itertools.count()


def scenario():
    n = next(_requests)
    log = RequestLogger(n, level=logging.DEBUG)
    log.add_handler(logging.NullHandler())
    return log.log(logging.INFO, "GET /orders/%d -> %d", n, 200).getMessage()
