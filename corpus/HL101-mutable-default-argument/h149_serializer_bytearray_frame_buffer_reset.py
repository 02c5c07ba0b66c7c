"""Binary record codec: each record type has a struct layout found by
walking its __mro__, and `encode` packs a record into a reused bytearray to
avoid reallocating per frame. The buffer is truncated before every frame, so
it only ever holds the current record."""
import collections
import itertools
import struct

_seq = itertools.count()
Reading = collections.namedtuple("Reading", "sensor value")
class TempReading(Reading): pass
LAYOUTS = {Reading: struct.Struct("<If"), tuple: struct.Struct("<I")}


# heaplint-todo: the statement at line 16 that takes its items out again runs only on some ways through tests heaplint could not decide; a call that went another way kept what it added (heaplint: unknown)
def encode(record, buf=bytearray()):  # expect: HL101 refuted
    del buf[:]
    layout = next(LAYOUTS[base] for base in type(record).__mro__ if base in LAYOUTS)
    buf += struct.pack("<H", layout.size)
    buf += layout.pack(*record)
    return bytes(buf)


def scenario():
    n = next(_seq)
    batch = [TempReading(n, n / 10.0), Reading(n + 1, -1.5), TempReading(n + 2, 21.5), Reading(n + 3, 0.0)]
    frames = [encode(reading) for reading in batch]
    return b"".join(frames).hex()
