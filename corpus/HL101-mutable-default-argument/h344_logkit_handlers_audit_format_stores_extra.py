"""Log handlers: Handler.handle() renders a record through the concrete
handler's abstract format(); the app logs every request to the console and to
the audit handler, which remembers the last message per logger in `extra`."""
import abc
import itertools

_requests = itertools.count()


class Handler(abc.ABC):
    def handle(self, logger, msg, extra={}):  # expect: HL101 confirmed
        line = self.format(logger, msg, extra)
        self.emit(line)
        return line

    @abc.abstractmethod
    def format(self, logger, msg, extra):
        """Render one record; `extra` holds caller-supplied fields."""

    def emit(self, line):
        self.last_line = line


class ConsoleHandler(Handler):
    def format(self, logger, msg, extra):
        return f"{logger}: {msg} ({len(extra)} extra fields)"


class AuditHandler(Handler):
    def format(self, logger, msg, extra):
        extra[logger] = msg
        return f"AUDIT {logger} {msg}"


HANDLERS = [ConsoleHandler(), AuditHandler()]


def scenario():
    n = next(_requests)
    return [h.handle(f"app.request.{n}", f"GET /orders/{n} 200") for h in HANDLERS]
