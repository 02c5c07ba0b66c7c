"""Binary record codec: each record type has a struct layout found by
walking its __mro__, and `encode` packs a record into a reused bytearray to
avoid reallocating per frame. It slices off only the bytes it appended and
never truncates, so the shared buffer keeps every frame ever encoded."""
import collections
import itertools
import struct

_seq = itertools.count()
Reading = collections.namedtuple("Reading", "sensor value")
class TempReading(Reading): pass
LAYOUTS = {Reading: struct.Struct("<If"), tuple: struct.Struct("<I")}


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 17 (heaplint: unknown)
def encode(record, buf=bytearray()):  # expect: HL101 confirmed
    start = len(buf)
    layout = next(LAYOUTS[base] for base in type(record).__mro__ if base in LAYOUTS)
    buf += struct.pack("<H", layout.size)
    buf += layout.pack(*record)
    return bytes(buf[start:])


def scenario():
    n = next(_seq)
    batch = [TempReading(n, n / 10.0), Reading(n + 1, -1.5), TempReading(n + 2, 21.5), Reading(n + 3, 0.0)]
    frames = [encode(reading) for reading in batch]
    return b"".join(frames).hex()
