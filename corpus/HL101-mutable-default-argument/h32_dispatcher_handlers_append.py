"""Log-record dispatcher in the style of logging.Filterer: the handler list is taken from the constructor."""
import itertools


class CountingHandler:
    def __init__(self, name):
        self.name = name
        self.emitted = 0

    def __call__(self, record):
        self.emitted += 1


class RecordDispatcher:
    def __init__(self, name, handlers=[], level=20):  # expect: HL101 confirmed
        self.name = name
        self.level = level
        self.handlers = handlers

    def add_handler(self, handler):
        if handler not in self.handlers:
            self.handlers.append(handler)
        return self

    def dispatch(self, level, msg, *args):
        if level < self.level:
            return 0
        record = {"name": self.name, "levelno": level, "msg": msg % args if args else msg}
        for handler in self.handlers:
            handler(record)
        return len(self.handlers)


_workers = itertools.count()


def scenario():
    n = next(_workers)
    dispatcher = RecordDispatcher(f"worker.{n}").add_handler(CountingHandler(f"count.{n}"))
    return dispatcher.dispatch(30, "job %d finished", n)
