"""Log-noise reducer: a logging.Filter subclass drops a record whose message
was already seen. It remembers the rendered message (record.getMessage()) in
the set given to __init__, the shared default `set()`; with a fresh payment id
in every message, each request adds a new string that is never removed."""
import itertools
import logging

_requests = itertools.count()
_log = logging.getLogger("h192.payments.rendered")
_log.setLevel(logging.INFO)
_log.propagate = False
_log.addHandler(logging.NullHandler())


class DedupeFilter(logging.Filter):
    def __init__(self, name="", seen=set()):  # expect: HL101 confirmed
        super().__init__(name)
        self.seen = seen

    def filter(self, record):
        key = record.getMessage()
        if key in self.seen:
            return False
        self.seen.add(key)
        return True


def scenario():
    n = next(_requests)
    dedupe = DedupeFilter()
    _log.addFilter(dedupe)
    for _ in range(3):
        _log.warning("charge pay-%08d declined for account acct-%06d", n, n)
    _log.removeFilter(dedupe)
