"""Paging: an iterator class over records keeps what it yielded in a default list for 'replay'."""
import itertools


class RecordCursor:
    def __init__(self, records, history=[]):  # expect: HL101 confirmed
        self.records = records
        self.pos = 0
        self.history = history

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos >= len(self.records):
            raise StopIteration
        rec = self.records[self.pos]
        self.pos += 1
        self.history.append(rec)
        return rec


_pages = itertools.count()


def scenario():
    n = next(_pages)
    return [r["id"] for r in RecordCursor([{"id": n}, {"id": n + 1}])]
