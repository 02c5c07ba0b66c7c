import logging

__all__ = ["BatchHandler"]


class BatchHandler(logging.Handler):
    """Keeps formatted records until a severe one arrives, then ships the batch."""

    def __init__(self, level=logging.NOTSET, buffer=[], flush_level=logging.ERROR):  # expect: HL101 refuted
        super().__init__(level)
        self.buffer = buffer
        self.flush_level = flush_level
        self.shipped = 0

    def emit(self, record):
        try:
            self.buffer.append(self.format(record))
        except Exception:
            self.handleError(record)
            return
        if record.levelno >= self.flush_level:
            self.flush()

    def flush(self):
        self.acquire()
        try:
            self.shipped += len(self.buffer)
            self.buffer.clear()
        finally:
            self.release()
