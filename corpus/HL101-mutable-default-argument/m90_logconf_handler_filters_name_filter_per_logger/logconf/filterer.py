"""Filterer: the part shared by loggers and handlers (as in logging.Filterer)."""


class Filterer:
    def __init__(self, filters):
        self.filters = filters

    def addFilter(self, flt):
        if flt not in self.filters:
            self.filters.append(flt)

    def removeFilter(self, flt):
        if flt in self.filters:
            self.filters.remove(flt)

    def filter(self, record):
        return all(flt.filter(record) for flt in self.filters)
