"""WAV inspector: walks the RIFF chunk list with struct, decodes `fmt ` and
notes every chunk it skips (LIST, bext, vendor chunks) and a truncated tail,
caught as struct.error. Notes are added to a list default with `+=`, which
extends the list in place, so every file's notes pile up in the default."""
import itertools
import struct

RIFF = struct.Struct("<4sI4s")
CHUNK = struct.Struct("<4sI")
_files = itertools.count()


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the tests at lines 15, 21, 23 (heaplint: unknown)
def inspect_wav(blob, notes=[]):  # expect: HL101 confirmed
    pos, fmt = RIFF.size, None
    while pos < len(blob):
        try:
            tag, length = CHUNK.unpack_from(blob, pos)
        except struct.error:
            notes += ["truncated chunk header at %d" % pos]
            break
        if tag == b"fmt ":
            fmt = struct.unpack_from("<HHIIHH", blob, pos + CHUNK.size)
        elif tag != b"data":
            notes += ["skipped %r (%d bytes) at %d" % (tag.decode("latin-1"), length, pos)]
        pos += CHUNK.size + length + (length & 1)
    return fmt, notes


def scenario():
    n = next(_files)
    fmt = struct.pack("<HHIIHH", 1, 1, 8000 + n, 16000 + 2 * n, 2, 16)
    body = b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"bext" + struct.pack("<I", 5) + b"take%d" % (n % 10)
    body += b"\0data" + struct.pack("<I", 4) + struct.pack("<hh", n % 300, -n % 300) + b"\0\0\0"
    fmt, notes = inspect_wav(RIFF.pack(b"RIFF", len(body) + 4, b"WAVE") + body)
    return fmt[2], len(notes)
