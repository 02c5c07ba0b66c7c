"""Handlers with a level and a list of filters."""

__all__ = ["ListHandler"]


class ListHandler:
    def __init__(self, level=0, filters=[]):  # expect: HL101 confirmed
        self.level = level
        self.filters = filters
        self.records = []

    def addFilter(self, flt):
        self.filters.append(flt)

    def removeFilter(self, flt):
        self.filters.remove(flt)

    def handle(self, record):
        if record["levelno"] >= self.level and all(f.filter(record) for f in self.filters):
            self.records.append(record)
