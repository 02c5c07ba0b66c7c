"""Handlers: keep the records that pass their level and filters."""
from .filterer import Filterer


class MemoryHandler(Filterer):
    def __init__(self, level=0, filters=[]):  # expect: HL101 refuted
        super().__init__(filters)
        self.level = level
        self.buffer = []

    def handle(self, record):
        if record["levelno"] < self.level or not self.filter(record):
            return False
        self.buffer.append(record)
        return True
