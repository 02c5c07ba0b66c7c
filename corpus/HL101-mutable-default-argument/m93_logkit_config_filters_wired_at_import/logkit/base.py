"""Handler base: a level and a chain of filter objects."""
LEVELS = {"DEBUG": 10, "INFO": 20, "WARNING": 30, "ERROR": 40}


class Handler:
    def __init__(self, level="INFO", filters=[]):  # expect: HL101 refuted
        self.levelno = LEVELS[level]
        self.filters = filters

    def add_filter(self, flt):
        self.filters.append(flt)

    def accepts(self, record):
        return record["levelno"] >= self.levelno and all(f.filter(record) for f in self.filters)

    def handle(self, record):
        return self.emit(record) if self.accepts(record) else None
