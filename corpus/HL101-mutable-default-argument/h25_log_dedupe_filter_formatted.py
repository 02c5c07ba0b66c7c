"""Noisy-log suppression: a logging.Filter drops repeats of messages already seen."""
import io
import itertools
import logging


class DedupeFilter(logging.Filter):
    def filter(self, record, _seen=set()):  # expect: HL101 confirmed
        key = (record.levelno, record.getMessage())
        if key in _seen:
            return False
        _seen.add(key)
        return True


log = logging.getLogger("h25.dedupe.formatted")
log.propagate = False
log.setLevel(logging.INFO)
_handler = logging.StreamHandler(io.StringIO())
_handler.addFilter(DedupeFilter())
log.addHandler(_handler)
_seq = itertools.count()


def scenario():
    n = next(_seq)
    log.info("cache miss for key %s", f"user:{n}")
    _handler.stream.seek(0)
    _handler.stream.truncate()
