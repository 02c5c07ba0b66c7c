"""Logging handler: emit() batches encoded lines in a bytearray and ships the batch to the collector when an error arrives."""
import itertools
import logging
import zlib

shipped = {"crc": 0}


def ship(payload):
    shipped["crc"] = zlib.crc32(payload, shipped["crc"])


class BatchingHandler(logging.Handler):
    def __init__(self, sink, flush_level=logging.ERROR):
        super().__init__()
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s %(module)s:%(lineno)d %(message)s"))
        self.sink = sink
        self.flush_level = flush_level

    def emit(self, record, _batch=bytearray()):  # expect: HL101 confirmed
        try:
            _batch += (self.format(record) + "\n").encode()
            if record.levelno >= self.flush_level:
                self.sink(bytes(_batch))
                _batch.clear()
        except Exception:
            self.handleError(record)


log = logging.getLogger("billing.batch.errors")
log.setLevel(logging.INFO)
log.propagate = False
log.addHandler(BatchingHandler(ship))
_invoices = itertools.count()


def scenario():
    n = next(_invoices)
    log.info("invoice %s settled for %d.%02d EUR", f"INV-{n:06d}", n % 500, n % 100)
