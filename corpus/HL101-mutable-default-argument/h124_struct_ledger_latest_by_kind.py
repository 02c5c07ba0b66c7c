"""Ledger import: fixed-size binary records (id, kind, amount in cents) are
unpacked with struct into frozen dataclass instances; a dict default keeps
the newest record of each kind (picked with max by id) for the summary line.
Kind is a 1-byte enum with four values, so the dict never passes four keys."""
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


# heaplint-todo: step bound (200000) reached (heaplint: unknown)
def load(blob, latest={}):  # expect: HL101 refuted
    entries = [Entry(*REC.unpack_from(blob, off)) for off in range(0, len(blob) - REC.size + 1, REC.size)]
    for kind in {e.kind for e in entries}:
        newest = max((e for e in entries if e.kind == kind), key=lambda e: e.rec_id)
        if kind not in latest or newest.rec_id > latest[kind].rec_id:
            latest[kind] = newest
    return len(entries), sum(e.cents for e in latest.values())


def scenario():
    n = next(_files)
    blob = b"".join(REC.pack(n * 4 + i, i % 4, (n * 37 + i) * 100 - 5000) for i in range(4))
    return load(blob + blob[:REC.size])
