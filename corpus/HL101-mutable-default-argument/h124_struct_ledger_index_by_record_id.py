"""Ledger import: fixed-size binary records (id, kind, amount in cents) are
unpacked with struct into frozen dataclass instances and indexed by record
id to skip duplicates across files. The index is a dict default, and every
file brings new record ids."""
import dataclasses
import itertools
import struct

REC = struct.Struct("<IBq")
_files = itertools.count()


@dataclasses.dataclass(frozen=True)
class Entry:
    rec_id: int
    kind: int
    cents: int


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 24 (heaplint: unknown)
def load(blob, index={}):  # expect: HL101 confirmed
    fresh = []
    for off in range(0, len(blob) - REC.size + 1, REC.size):
        entry = Entry(*REC.unpack_from(blob, off))
        if entry.rec_id in index:
            continue
        index[entry.rec_id] = entry
        fresh.append(entry)
    return len(fresh), sum(e.cents for e in fresh)


def scenario():
    n = next(_files)
    blob = b"".join(REC.pack(n * 4 + i, i % 4, (n * 37 + i) * 100 - 5000) for i in range(4))
    return load(blob + blob[:REC.size])
