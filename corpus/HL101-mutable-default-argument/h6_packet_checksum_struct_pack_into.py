"""Network framing: a fixed-size bytearray default is reused as a header buffer filled by struct.pack_into."""
import itertools
import struct
import zlib

HEADER = struct.Struct("!IHH")


def frame(seq, payload, _header=bytearray(HEADER.size)):  # expect: HL101 refuted
    HEADER.pack_into(_header, 0, seq, len(payload), zlib.crc32(payload) & 0xFFFF)
    return bytes(_header) + payload


def send(n):
    return len(frame(n, f"msg-{n}".encode()))


_seq = itertools.count()


def scenario():
    send(next(_seq))
