"""Wire protocol: a PacketEncoder used as a context manager appends TLV records
to its buffer and flushes the CRC-tagged packet on exit. flush() "resets" by
binding a fresh bytearray to self._buf: the shared default keeps every packet."""
import itertools
import struct
import zlib

_msgs = itertools.count()


class PacketEncoder:
    TLV = struct.Struct("!BH")

    def __init__(self, kind, buf=bytearray()):  # expect: HL101 confirmed
        self.kind = kind
        self._buf = buf

    def write(self, tag, value):
        self._buf += self.TLV.pack(tag, len(value)) + value

    def flush(self):
        body = bytes(self._buf)
        self.packet = struct.pack("!BI", self.kind, zlib.crc32(body)) + body
        self._buf = bytearray()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.flush()


def scenario():
    n = next(_msgs)
    with PacketEncoder(kind=n % 4) as enc:
        enc.write(1, b"session-%08d" % n)
        enc.write(2, ("user%d@example.org" % n).encode())
        enc.write(3, b"nonce:" + n.to_bytes(16, "big"))
    return len(enc.packet)
