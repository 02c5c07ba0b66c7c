class Handler:
    def __init__(self, level):
        self.level = level

    def emit(self, record):
        raise NotImplementedError


class ConsoleHandler(Handler):
    """Formats a record as one console line (returned, not printed, in tests)."""

    def emit(self, record):
        return f"{record['level']:<7} {record['name']}: {record['msg']}"
