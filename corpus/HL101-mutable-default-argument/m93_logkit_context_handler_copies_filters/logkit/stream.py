"""A stream handler that tags every line with the request it was logged under."""
from .handler import Handler


class ContextFilter:
    def __init__(self, request_id):
        self.request_id = request_id

    def filter(self, record):
        record["request_id"] = self.request_id
        return True


class ContextStreamHandler(Handler):
    fmt = "[{request_id}] {levelname}: {msg}"

    def __init__(self, stream, request_id, level=20):
        super().__init__(level)
        self.stream = stream
        self.filters = self.filters + [ContextFilter(request_id)]

    def emit(self, record):
        self.stream.write(self.fmt.format(**record) + "\n")
