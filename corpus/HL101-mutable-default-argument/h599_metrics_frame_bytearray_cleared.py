"""Metrics client: records are framed into a reusable send buffer before hitting the socket."""
import itertools
import struct


def frame(records, buf=bytearray()):  # expect: HL101 refuted
    """Pack (name, value) records as length-prefixed names followed by a big-endian double."""
    del buf[:]
    for name, value in records:
        raw = name.encode()
        buf += struct.pack(">H", len(raw))
        buf += raw
        buf += struct.pack(">d", value)
    return bytes(buf)


_ticks = itertools.count(1)


def scenario():
    n = next(_ticks)
    packet = frame([("http.requests", float(n)), (f"queue.depth.worker{n % 4}", n * 0.5)])
    return len(packet)
