"""Telemetry receiver: a frame is a 2-byte sensor id and a 4-byte reading; frames that fail to unpack are kept for the debug dump."""
import itertools
import struct

FRAME = struct.Struct(">HI")


# heaplint-todo: struct.unpack is not evaluated on known bytes, so whether it raises into the handler is undecided (heaplint: unknown)
def parse_frame(frame, _rejected=[]):  # expect: HL101 refuted
    try:
        sensor, reading = FRAME.unpack(frame)
    except struct.error:
        _rejected.append((len(frame), frame))
        return None
    return {"sensor": sensor, "reading": reading}


_seq = itertools.count()


def scenario():
    n = next(_seq)
    frame = FRAME.pack(n % 65536, n * 7919 % 2**32)
    if n % 2 == 0:
        frame = frame[:-1].ljust(FRAME.size, b"\0")  # the transport zero-pads short frames
    return parse_frame(frame)
