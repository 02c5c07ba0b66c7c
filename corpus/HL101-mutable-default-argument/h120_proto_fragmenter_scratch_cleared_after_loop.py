"""Datagram framing: a message is framed (type, length, payload, CRC) in a
scratch bytearray and a generator yields it in MTU-sized fragments. The
sender stops pulling fragments once its send window is full, abandoning the
generator mid-loop; the scratch is emptied after the loop, a line an
abandoned generator never reaches, so the shared default keeps every frame."""
import itertools
import struct
import zlib

_msgs = itertools.count()
MTU = 48


# heaplint-todo: the statement at line 20 that takes its items out again runs after code that may raise for real callers, outside a finally: a call that raises before it keeps what it added (heaplint: unknown)
def fragments(kind, payload, scratch=bytearray()):  # expect: HL101 confirmed
    scratch += struct.pack("!BH", kind, len(payload))
    scratch += payload
    scratch += struct.pack("!I", zlib.crc32(payload))
    for off in range(0, len(scratch), MTU):
        yield bytes(scratch[off:off + MTU])
    del scratch[:]


def send(kind, payload, window):
    sent = []
    for frag in fragments(kind, payload):
        sent.append(frag)
        if len(sent) >= window:
            break
    return sent


def scenario():
    n = next(_msgs)
    payload = b"".join(b"record %d.%d;" % (n, i) for i in range(10))
    return len(send(n % 3, payload, window=2))
