import logging

from .shipping import ship


class BatchHandler(logging.Handler):
    def __init__(self, size):
        super().__init__()
        self.size = size
        self.pending = []

    def emit(self, record):
        self.pending.append(record)
        if len(self.pending) >= self.size:
            batch, self.pending = self.pending, []
            ship([self.format(r) for r in batch], batch)
