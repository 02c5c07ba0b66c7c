import logging


class CaptureHandler(logging.Handler):
    """Keeps formatted records so a failed task can ship its recent log lines."""

    def __init__(self, level=logging.NOTSET, records=[]):  # expect: HL101 refuted
        super().__init__(level)
        self.records = records

    def emit(self, record):
        try:
            line = self.format(record)
        except Exception:
            self.handleError(record)
            return
        self.records.append((record.levelname, line))

    def tail(self, count=5):
        return [line for _, line in self.records[-count:]]
