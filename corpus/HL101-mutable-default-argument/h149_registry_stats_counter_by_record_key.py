"""Sync telemetry: a `SyncStats` object counts processed records and is
shared as the default of `record_processed`. The counter is keyed by record
class *and* the record's identifying field, so every new contact or deal
adds a key to the shared Counter."""
import collections
import dataclasses
import itertools

_events = itertools.count()


class SyncStats:
    def __init__(self):
        self.by_record = collections.Counter()

    def bump(self, record):
        key = dataclasses.astuple(record)[0]
        self.by_record[type(record).__name__, key] += 1

    @property
    def top(self):
        return self.by_record.most_common(1)[0]


Contact = dataclasses.make_dataclass("Contact", [("email", str)])
Deal = dataclasses.make_dataclass("Deal", [("ref", str), ("amount", int)])


# heaplint-todo: it grows by new keys handed back by code heaplint cannot see, which may repeat (heaplint: unknown)
def record_processed(record, stats=SyncStats()):  # expect: HL101 confirmed
    stats.bump(record)
    (kind, key), count = stats.top
    return "{}:{}={}".format(kind, key, count)


def scenario():
    n = next(_events)
    record = Contact("user%d@example.org" % n) if n % 3 else Deal("D-%d" % n, n * 10)
    return record_processed(record)
