"""Wire client: flush() re-creates a functools.partial of encode_frame() for every batch, binding the attempt number."""
import functools
import itertools
import struct
import zlib

_batches = itertools.count()


def encode_frame(kind, body, retries=0, buf=bytearray()):  # expect: HL101 confirmed
    payload = body.encode("utf-8")
    buf += struct.pack("!BHB", kind, len(payload), retries)
    buf += payload
    return buf


class Connection:
    def __init__(self, peer):
        self.peer = peer
        self.frames_sent = 0

    def flush(self, messages, attempt=0):
        encode = functools.partial(encode_frame, retries=attempt)
        data = b""
        for kind, body in messages:
            data = encode(kind, body)
            self.frames_sent += 1
        return zlib.crc32(data)


conn = Connection(("10.0.0.7", 7400))


def scenario():
    n = next(_batches)
    return conn.flush([(1, f"HELLO {n}"), (2, f"PUT /jobs/{n} state=queued")], attempt=n % 3)
