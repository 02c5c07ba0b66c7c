"""Handler/filter chain with a warn-once duplicate filter, logging style."""
import itertools

_ids = itertools.count()
DEBUG, INFO, WARNING, ERROR = 10, 20, 30, 40


class LogRecord:
    def __init__(self, name, levelno, msg, args):
        self.name, self.levelno, self.msg, self.args = name, levelno, msg, args

    def getMessage(self):
        return self.msg % self.args if self.args else str(self.msg)


class DuplicateFilter:
    def filter(self, record, _seen=set()):  # expect: HL101 confirmed
        if record.levelno < WARNING:
            return True
        key = (record.name, record.levelno, record.getMessage())
        if key in _seen:
            return False
        remember = _seen.add
        remember(key)
        return True


class Handler:
    def __init__(self, level=DEBUG):
        self.level, self.filters, self.lines = level, [DuplicateFilter()], 0

    def handle(self, record):
        if record.levelno < self.level or not all(f.filter(record) for f in self.filters):
            return False
        line = "%s:%s:%s" % (record.levelno, record.name, record.getMessage())
        self.lines += bool(line)
        return True


def scenario():
    n = next(_ids)
    handler = Handler(level=INFO)
    for level, msg in ((DEBUG, "polling queue"), (INFO, "processing job %d"), (WARNING, "job %d exceeded its retry budget")):
        handler.handle(LogRecord("worker.jobs", level, msg, (n,) if "%d" in msg else ()))
    return handler.lines
