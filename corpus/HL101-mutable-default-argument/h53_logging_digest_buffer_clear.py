"""Buffering digest handler: collects records, renders one digest per flush."""
import itertools
import logging
import string

_ids = itertools.count()
LINE = string.Template("[$level] $name: $msg")


class DigestHandler(logging.Handler):
    def __init__(self, capacity=10, buffer=[]):  # expect: HL101 refuted
        super().__init__()
        self.capacity = capacity
        self.buffer = buffer
        self.sent = []

    def emit(self, record):
        self.buffer.append(record)
        if len(self.buffer) >= self.capacity:
            self.flush()

    def flush(self):
        lines = [LINE.substitute(level=r.levelname, name=r.name, msg=r.getMessage())
                 for r in self.buffer]
        if lines:
            self.sent.append("\n".join(lines))
        self.buffer.clear()


def scenario():
    n = next(_ids)
    log = logging.getLogger("jobs.worker")
    handler = DigestHandler(capacity=3)
    for step in range(4):
        handler.handle(log.makeRecord(log.name, logging.WARNING, __file__, 1,
                                      "job %d step %d", (n, step), None))
    handler.flush()
    handler.close()
    return handler.sent
