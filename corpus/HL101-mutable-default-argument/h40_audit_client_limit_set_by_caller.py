"""Audit client: record() appends to the shared default history, then trims it to `max_history`, which the caller sets on each client after construction."""
import itertools


class AuditClient:
    def __init__(self, service, history=[]):  # expect: HL101 refuted
        self.service = service
        self._history = history

    def configure(self, **options):
        for name, value in options.items():
            setattr(self, name, value)
        return self

    def record(self, action, target):
        self._history.append((self.service, action, target))
        limit = getattr(self, "max_history", None)
        if limit is not None:
            del self._history[:-limit]
        return len(self._history)


_events = itertools.count()


def scenario():
    n = next(_events)
    client = AuditClient(f"billing-{n % 4}").configure(timeout=5, retries=2)
    client.max_history = 10
    return client.record("refund", f"invoice-{n}")
