"""Hand-written request logging: every request gets a `RequestLogger` that
adds a per-request capture handler, so the error page can show that request's
own lines. The constructor copies the handler list it is given (by default
an empty `[]`), so a capture handler only lives as long as its logger."""
import itertools

_requests = itertools.count()


class CaptureHandler:
    def __init__(self, request_id):
        self.request_id, self.lines = request_id, []

    def handle(self, level, message):
        self.lines.append(f"{level:<7} [{self.request_id}] {message}")


class RequestLogger:
    def __init__(self, name, handlers=[]):  # expect: HL101 refuted
        self.name = name
        self.handlers = list(handlers)

    def add_handler(self, handler):
        if handler not in self.handlers:
            self.handlers.append(handler)

    def log(self, level, message):
        for handler in self.handlers:
            handler.handle(level, message)


def scenario():
    rid = f"req-{next(_requests):06d}"
    logger = RequestLogger(f"app.http.{rid}")
    capture = CaptureHandler(rid)
    logger.add_handler(capture)
    logger.log("INFO", f"GET /orders/{rid}")
    return capture.lines
