"""Journal replay: a binary journal is a run of 16-byte records (sequence
number, opcode, CRC-32 of the key). `iter_records` yields memoryview slices
of the journal and skips sequence numbers already seen in this pass; `seen`
is a set default emptied after the loop. The replayer takes only the first
checkpoint batch, so the generator is closed at a yield and never gets to
the clear: every journal's sequence numbers stay in the set."""
import itertools
import struct
import zlib

REC = struct.Struct("<QII")
_journals = itertools.count()


# heaplint-todo: the statement at line 23 that takes its items out again runs after code that may raise for real callers, outside a finally: a call that raises before it keeps what it added (heaplint: unknown)
def iter_records(journal, seen=set()):  # expect: HL101 confirmed
    view = memoryview(journal)
    for off in range(0, len(view) - REC.size + 1, REC.size):
        seq, op, crc = REC.unpack_from(view, off)
        if seq in seen:
            continue
        seen.add(seq)
        yield op, view[off:off + REC.size]
    seen.clear()


def scenario():
    n = next(_journals)
    journal = b"".join(REC.pack(n * 8 + i, i % 3, zlib.crc32(b"key%d" % i)) for i in range(8))
    batch = [bytes(rec) for op, rec in itertools.islice(iter_records(journal + journal[:REC.size]), 4)]
    return sum(len(rec) for rec in batch)
