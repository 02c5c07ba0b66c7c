"""Log-noise reducer: a logging.Filter subclass drops a record whose message
template was already seen. It remembers record.msg (the unformatted template
string from the source, not the rendered message) in the shared default
`set()`; the templates are a fixed handful, so the set stops growing."""
import itertools
import logging

_requests = itertools.count()
_log = logging.getLogger("h192.payments.template")
_log.setLevel(logging.INFO)
_log.propagate = False
_log.addHandler(logging.NullHandler())


class DedupeFilter(logging.Filter):
    def __init__(self, name="", seen=set()):  # expect: HL101 refuted
        super().__init__(name)
        self.seen = seen

    def filter(self, record):
        key = record.msg
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
