"""Framing: every message is a 4-byte big-endian length, then the payload."""
import struct

HEADER = struct.Struct(">I")


def frame(payload):
    return HEADER.pack(len(payload)) + payload


def unframe(conn_id, chunk, _buffers={}):  # expect: HL101 refuted
    """Feed bytes received on `conn_id`; return the payloads completed by them.

    Bytes of an unfinished frame wait in `_buffers` for the next chunk; an
    empty chunk means the connection closed, and its partial frame is dropped.
    """
    if not chunk:
        _buffers.pop(conn_id, None)
        return []
    buf = _buffers.setdefault(conn_id, bytearray())
    buf += chunk
    payloads = []
    while len(buf) >= HEADER.size:
        (size,) = HEADER.unpack_from(buf)
        if len(buf) < HEADER.size + size:
            break
        payloads.append(bytes(buf[HEADER.size:HEADER.size + size]))
        del buf[:HEADER.size + size]
    if not buf:
        del _buffers[conn_id]
    return payloads
