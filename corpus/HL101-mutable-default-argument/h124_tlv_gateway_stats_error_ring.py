"""Sensor gateway: TLV records (1-byte tag, 2-byte length, value) are decoded
from each packet with struct; a stats object default counts records and logs
each truncated record with the packet id for diagnostics. The log is a deque
with maxlen, so the shared instance keeps only the last 20 messages."""
import collections
import itertools
import struct

HDR = struct.Struct(">BH")
_packets = itertools.count()


class DecodeStats:
    def __init__(self):
        self.records = 0
        self.errors = collections.deque(maxlen=20)

    def error(self, packet_id, offset, reason):
        self.errors.append("packet %d @%d: %s" % (packet_id, offset, reason))


def decode_tlv(packet_id, data, stats=DecodeStats()):  # expect: HL101 refuted
    out, off = {}, 0
    while off + HDR.size <= len(data):
        tag, length = HDR.unpack_from(data, off)
        off += HDR.size
        if off + length > len(data):
            stats.error(packet_id, off, "tag %d wants %d bytes" % (tag, length))
            break
        out[tag] = data[off:off + length]
        off += length
        stats.records += 1
    return out


def scenario():
    n = next(_packets)
    data = HDR.pack(1, 4) + struct.pack(">f", n / 8) + HDR.pack(2, 2) + struct.pack(">H", n % 65536) + HDR.pack(9, 40) + b"\x00" * 5
    return decode_tlv(n, data)
