"""Audit client: configure() copies only the options it is given onto the instance; `max_history` is never passed, so record() never trims the shared default history."""
import itertools


class AuditClient:
    def __init__(self, service, history=[]):  # expect: HL101 confirmed
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
    return client.record("refund", f"invoice-{n}")
