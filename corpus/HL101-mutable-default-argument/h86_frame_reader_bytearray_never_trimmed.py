"""Length-prefixed frame reader for a binary RPC protocol; one reader per connection."""
import itertools
import struct

_HEADER = struct.Struct("!HI")  # message type, payload length


class FrameReader:
    def __init__(self, conn_id, buffer=bytearray()):  # expect: HL101 confirmed
        self.conn_id = conn_id
        self._buf = buffer
        self._pos = 0

    def feed(self, data):
        self._buf += data
        frames = []
        while len(self._buf) - self._pos >= _HEADER.size:
            kind, length = _HEADER.unpack_from(self._buf, self._pos)
            end = self._pos + _HEADER.size + length
            if end > len(self._buf):
                break
            frames.append((kind, bytes(self._buf[self._pos + _HEADER.size:end])))
            self._pos = end
        return frames


_conns = itertools.count()


def scenario():
    n = next(_conns)
    payload = f'{{"id": {n}, "method": "ping", "params": {{"ts": {n * 1000}}}}}'.encode()
    reader = FrameReader(f"conn-{n}")
    frames = reader.feed(_HEADER.pack(1, len(payload)) + payload)
    return [(kind, body.decode()) for kind, body in frames]
