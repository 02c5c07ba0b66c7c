"""Handler base: level check, then filters, then emit (as in logging.Handler)."""

LEVELNAMES = {10: "DEBUG", 20: "INFO", 30: "WARNING", 40: "ERROR"}


class Handler:
    def __init__(self, level=0, filters=[]):  # expect: HL101 confirmed
        self.level = level
        self.filters = filters

    def filter(self, record):
        for flt in self.filters:
            if not flt.filter(record):
                return False
        return True

    def handle(self, record):
        if record["levelno"] < self.level or not self.filter(record):
            return False
        record.setdefault("levelname", LEVELNAMES.get(record["levelno"], "LEVEL"))
        self.emit(record)
        return True

    def emit(self, record):
        raise NotImplementedError
