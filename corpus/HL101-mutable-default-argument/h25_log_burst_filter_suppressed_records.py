"""Log flood control: a Filter lets a burst through, then holds back records for a summary."""
import io
import itertools
import logging

BURST = 10


class BurstFilter(logging.Filter):
    def __init__(self):
        super().__init__()
        self.passed = 0

    def filter(self, record, _held=[]):  # expect: HL101 confirmed
        if self.passed < BURST:
            self.passed += 1
            return True
        _held.append(record)
        return False


log = logging.getLogger("h25.burst.records")
log.propagate = False
_handler = logging.StreamHandler(io.StringIO())
_handler.addFilter(BurstFilter())
log.addHandler(_handler)
_seq = itertools.count()


def scenario():
    n = next(_seq)
    log.warning("disk quota at %d%% for volume %s", 90 + n % 10, f"vol{n}")
    _handler.stream.seek(0)
    _handler.stream.truncate()
