"""Serial protocol: `frame_checksum()` computes the Adler-32 of a frame's
header and payload, accepting str, bytes or an int sequence. It reuses a
bytearray default as scratch space to avoid a concatenation per frame, and
replaces the buffer's whole contents by slice assignment for each frame."""
import itertools
import zlib

_frames = itertools.count()


def frame_checksum(kind, payload, scratch=bytearray()):  # expect: HL101 refuted
    if not payload:
        return zlib.adler32(kind)
    if isinstance(payload, str):
        payload = payload.encode("ascii")
    elif not isinstance(payload, (bytes, bytearray)):
        payload = bytes(payload)
    scratch[:] = kind
    scratch += payload
    return zlib.adler32(scratch)


def scenario():
    n = next(_frames)
    return frame_checksum(b"DATA", f"seq={n};temp={n % 40};station=north-ridge-{n % 9}"), frame_checksum(b"ACK", [n % 256, 1])
