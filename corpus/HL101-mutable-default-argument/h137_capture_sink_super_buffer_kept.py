"""Capture writer: `RecordSink` frames <u16 length, payload> records into a
bytearray and hands the bytes to a callback on exit. `Crc32Sink` adds a CRC-32
trailer and calls `super().__init__()` without a buffer, so it writes into the
base class's bytearray default, which `__exit__` only copies out: it grows."""
import contextlib
import itertools
import struct
import zlib

_captures = itertools.count()


class RecordSink(contextlib.AbstractContextManager):
    def __init__(self, emit, buf=bytearray()):  # expect: HL101 confirmed
        self._emit = emit
        self._buf = buf

    def write(self, payload):
        self._buf += struct.pack("<H", len(payload)) + payload

    def __exit__(self, *exc):
        self._emit(bytes(self._buf))


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
