"""Sync telemetry: a `SyncStats` object counts processed records by record
class and is shared as the default of `record_processed`. The record classes
are a fixed set, so the Counter keeps four keys whose counts only change."""
import collections
import dataclasses
import itertools

_events = itertools.count()


class SyncStats:
    def __init__(self):
        self.by_kind = collections.Counter()

    def bump(self, record):
        self.by_kind[type(record).__name__] += 1

    @property
    def top(self):
        return self.by_kind.most_common(1)[0]


Contact = dataclasses.make_dataclass("Contact", [("email", str)])
Deal = dataclasses.make_dataclass("Deal", [("ref", str), ("amount", int)])


# heaplint-todo: it grows by new keys handed back by code heaplint cannot see, which may repeat (heaplint: unknown)
def record_processed(record, stats=SyncStats()):  # expect: HL101 refuted
    stats.bump(record)
    return "{0}={1}".format(*stats.top)


def scenario():
    n = next(_events)
    record = Contact("user%d@example.org" % n) if n % 3 else Deal("D-%d" % n, n * 10)
    return record_processed(record)
