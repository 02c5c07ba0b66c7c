"""An in-memory handler for the admin page."""
import logging


class RecentRecords(logging.Handler):
    def __init__(self, level=logging.NOTSET, records=[]):  # expect: HL101 confirmed
        super().__init__(level)
        self.records = records

    def emit(self, record):
        self.records.append(self.format(record))

    def recent(self, count=10):
        return self.records[-count:]
