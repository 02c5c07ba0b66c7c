"""Capture writer: `Crc32Sink` frames <u16 length, payload> records plus a
CRC-32 trailer for a callback; it calls `super().__init__()` without a buffer,
so it writes into the base's bytearray default, emptied in `__exit__`'s finally."""
import contextlib
import itertools
import struct
import zlib

_captures = itertools.count()


class RecordSink(contextlib.AbstractContextManager):
    def __init__(self, emit, buf=bytearray()):  # expect: HL101 refuted
        self._emit = emit
        self._buf = buf

    def write(self, payload):
        self._buf += struct.pack("<H", len(payload)) + payload

    def __exit__(self, *exc):
        try:
            self._emit(bytes(self._buf))
        finally:
            del self._buf[:]


class Crc32Sink(RecordSink):
    def __init__(self, emit):
        super().__init__(emit)

    def __exit__(self, *exc):
        self.write(struct.pack("<I", zlib.crc32(self._buf)))
        return super().__exit__(*exc)


def scenario():
    out = []
    with Crc32Sink(out.append) as sink:
        sink.write(b"pkt %d src=10.0.0.1 dst=10.0.0.2" % next(_captures))
    return len(out[0])
