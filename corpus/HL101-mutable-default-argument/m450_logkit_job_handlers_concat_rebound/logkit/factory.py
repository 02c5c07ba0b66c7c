class Logger:
    """A named logger that hands each record to its handlers."""

    def __init__(self, name, handlers):
        self.name = name
        self.handlers = handlers

    def info(self, message):
        record = f"INFO {self.name}: {message}"
        for handler in self.handlers:
            handler(record)


def get_logger(name, handlers=[]):  # expect: HL101 refuted
    """A logger named name; handlers are the app-wide ones unless given."""
    return Logger(name, handlers)
