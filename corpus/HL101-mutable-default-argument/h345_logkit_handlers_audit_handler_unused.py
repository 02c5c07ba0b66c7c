"""Log handlers: Handler.handle() renders a record through the concrete
handler's abstract format(); the audit handler remembers the last message per
logger in `extra`, but the app only logs to the console."""
import abc
import itertools

_requests = itertools.count()


class Handler(abc.ABC):
    # heaplint-todo: the storing AuditHandler is defined but the application's handler list holds only the console handler; heaplint runs `handle` on the subclasses an outside caller may make and does not reach AuditHandler.format's store on every way (heaplint: unknown)
    def handle(self, logger, msg, extra={}):  # expect: HL101 refuted
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


HANDLERS = [ConsoleHandler()]


def scenario():
    n = next(_requests)
    return [h.handle(f"app.request.{n}", f"GET /orders/{n} 200") for h in HANDLERS]
