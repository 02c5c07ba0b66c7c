"""Multiplexed transport: interleaved DATA frames are collected per stream id in a
defaultdict and joined on FIN. FIN pops the stream's entry, so once a connection's
streams have all finished the shared default table is empty again."""
import collections
import itertools
import struct

_conns = itertools.count()
_HDR = struct.Struct("!IHB")  # stream id, length, flags
FIN = 0x01


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 17 (heaplint: unknown)
def reassemble(frame, partial=collections.defaultdict(list)):  # expect: HL101 refuted
    stream_id, length, flags = _HDR.unpack_from(frame)
    chunks = partial[stream_id]
    chunks.append(frame[_HDR.size:_HDR.size + length])
    if not flags & FIN:
        return None
    message = b"".join(partial.pop(stream_id))
    return stream_id, message


def frames(first_stream, streams, pieces):
    for part in range(pieces):
        for sid in range(first_stream, first_stream + streams):
            data = b"stream %d part %d;" % (sid, part)
            yield _HDR.pack(sid, len(data), FIN if part == pieces - 1 else 0) + data


def scenario():
    first = next(_conns) * 8 + 1
    done = {}
    for frame in frames(first, 3, 4):
        result = reassemble(frame)
        if result is None:
            continue
        done[result[0]] = result[1]
    return sum(map(len, done.values()))
