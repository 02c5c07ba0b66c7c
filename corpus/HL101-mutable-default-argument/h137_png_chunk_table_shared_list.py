"""PNG inspector: `PngChunkTable` walks the length/type/CRC framing of a PNG
stream with struct and records (type, offset, length) for every chunk so the
caller can seek to IDAT later. The table is the constructor's list default,
stored on `self` as is, so every image's chunks land in the same list."""
import itertools
import struct
import zlib

SIGNATURE = b"\x89PNG\r\n\x1a\n"
_images = itertools.count()


class PngChunkTable:
    # heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the tests at lines 18, 24 (heaplint: unknown)
    def __init__(self, data, chunks=[]):  # expect: HL101 confirmed
        self.data = memoryview(data)
        self.chunks = chunks
        pos = len(SIGNATURE)
        while pos + 8 <= len(self.data):
            length, kind = struct.unpack_from(">I4s", self.data, pos)
            self.chunks.append((kind.decode("ascii"), pos + 8, length))
            pos += 12 + length

    def payload(self, kind):
        return [bytes(self.data[off:off + size]) for k, off, size in self.chunks if k == kind]


def _chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def scenario():
    n = next(_images)
    ihdr = struct.pack(">IIBBBBB", 16 + n % 7, 16, 8, 2, 0, 0, 0)
    png = SIGNATURE + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", zlib.compress(b"%d" % n)) + _chunk(b"IEND", b"")
    table = PngChunkTable(png)
    return len(table.payload("IDAT"))
