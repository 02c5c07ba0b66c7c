"""Handler: handle() renders through the concrete handler's format()."""
import abc


class LogRecord:
    def __init__(self, name, request_id, msg):
        self.name = name
        self.request_id = request_id
        self.msg = msg


class Handler(abc.ABC):
    def handle(self, record, extra={}):  # expect: HL101 confirmed
        line = self.format(record, extra)
        self.last_line = line
        return line

    @abc.abstractmethod
    def format(self, record, extra):
        """Render `record`; `extra` holds caller-supplied fields."""
