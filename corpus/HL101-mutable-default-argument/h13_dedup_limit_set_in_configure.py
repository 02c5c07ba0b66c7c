"""Event ingest: a deduplicator configured after construction checks self.limit, then remembers every event id in a default list."""
import itertools


class Deduplicator:
    def __init__(self, name):
        self.name = name

    def configure(self, limit, strict=False):
        self.limit = limit
        self.strict = strict

    def accept(self, event_id, seen=[]):  # expect: HL101 confirmed
        if event_id in seen:
            return False
        if self.strict and len(event_id) > self.limit:
            raise ValueError(f"{self.name}: id too long")
        seen.append(event_id)
        return True


_dedup = Deduplicator("ingest")
_dedup.configure(limit=64)
_events = itertools.count()


def scenario():
    n = next(_events)
    return _dedup.accept(f"evt-{n:08d}")
