"""Streaming record filters: a base filter class and a de-duplicating subclass applied to each incoming batch."""
import itertools
from operator import itemgetter


class StreamFilter:
    def accept(self, record):
        return True

    def __call__(self, records):
        for record in records:
            if self.accept(record):
                yield record


class Deduper(StreamFilter):
    def __init__(self, key="id", seen=set()):  # expect: HL101 confirmed
        self._key = itemgetter(key)
        self.seen = seen

    def accept(self, record):
        k = self._key(record)
        if k in self.seen:
            return False
        self.seen.add(k)
        return True


_batches = itertools.count()


def scenario():
    n = next(_batches)
    rows = [{"id": f"evt-{n}-{i % 3}", "value": i} for i in range(5)]
    dedupe = Deduper()
    return sum(r["value"] for r in dedupe(rows))
