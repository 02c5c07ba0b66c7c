"""Length-prefixed frame reader for a binary RPC protocol; consumed bytes are dropped after each feed."""
import itertools
import struct

_HEADER = struct.Struct("!HI")  # message type, payload length


class FrameReader:
    # heaplint-todo: it flows into _HEADER.unpack_from(), which heaplint cannot see (heaplint: unknown)
    def __init__(self, conn_id, buffer=bytearray()):  # expect: HL101 refuted
        self.conn_id = conn_id
        self._buf = buffer

    def feed(self, data):
        self._buf += data
        frames, pos = [], 0
        while len(self._buf) - pos >= _HEADER.size:
            kind, length = _HEADER.unpack_from(self._buf, pos)
            end = pos + _HEADER.size + length
            if end > len(self._buf):
                break
            frames.append((kind, bytes(self._buf[pos + _HEADER.size:end])))
            pos = end
        del self._buf[:pos]
        return frames


_conns = itertools.count()


def scenario():
    n = next(_conns)
    payload = f'{{"id": {n}, "method": "ping", "params": {{"ts": {n * 1000}}}}}'.encode()
    reader = FrameReader(f"conn-{n}")
    frames = reader.feed(_HEADER.pack(1, len(payload)) + payload)
    return [(kind, body.decode()) for kind, body in frames]
