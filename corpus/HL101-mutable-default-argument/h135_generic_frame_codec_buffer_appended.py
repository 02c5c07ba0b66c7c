"""Length-prefixed framing for a typed RPC layer: `FrameCodec[T]` serialises
messages with a pluggable encoder and writes the frames into an output buffer,
the method's default bytearray. `encode_batch` appends with `+=` and returns a
copy, so every frame ever encoded stays in the shared buffer."""
from __future__ import annotations

import itertools
import json
import struct
from typing import TYPE_CHECKING, Callable, Generic, TypeVar

if TYPE_CHECKING:
    from collections.abc import Iterable

T = TypeVar("T")
_batches = itertools.count()


class FrameCodec(Generic[T]):
    def __init__(self, dumps: Callable[[T], bytes]) -> None:
        self._dumps = dumps

    def encode_batch(self, messages: Iterable[T], out: bytearray = bytearray()) -> bytes:  # expect: HL101 confirmed
        for message in messages:
            body = self._dumps(message)
            out += struct.pack("!I", len(body)) + body
        return bytes(out)


codec: FrameCodec[dict] = FrameCodec(lambda m: json.dumps(m, sort_keys=True).encode())


def scenario():
    n = next(_batches)
    frames = codec.encode_batch([{"op": "put", "key": f"k{n}", "rev": n}, {"op": "sync"}])
    return len(frames)
