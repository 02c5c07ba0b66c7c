"""ILBM/IFF reader: `chunk_struct(tag, fmt)` registers a struct.Struct for a
chunk tag in the function's dict default and returns it; without fmt it looks
the tag up. The module registers the known layouts at import, and the reader
registers a raw "<n>s" layout for each vendor chunk it meets, so every file
whose vendor tag is new adds a registry entry."""
import itertools
import struct

_files = itertools.count()


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 24 (heaplint: unknown)
def chunk_struct(tag, fmt=None, _registry={}):  # expect: HL101 confirmed
    if fmt is not None:
        _registry[tag] = struct.Struct(fmt)
    return _registry.get(tag)


chunk_struct(b"BMHD", ">HHhhBBBBHBBhh")
chunk_struct(b"CAMG", ">I")


def read_chunks(blob):
    pos, out = 12, {}
    while pos + 8 <= len(blob):
        tag, length = struct.unpack_from(">4sI", blob, pos)
        layout = chunk_struct(tag) or chunk_struct(tag, ">%ds" % length)
        out[tag.decode("ascii")] = layout.unpack_from(blob, pos + 8)
        pos += 8 + length + (length & 1)
    return out


def scenario():
    n = next(_files)
    bmhd = struct.pack(">HHhhBBBBHBBhh", 32 + n % 64, 32, 0, 0, 5, 0, 1, 0, 0, 10, 11, 320, 200)
    vendor = b"V%03X" % (n % 4096), b"tool=dpaint build %d" % n
    chunks = [(b"BMHD", bmhd), (b"CAMG", struct.pack(">I", 0x8000)), vendor]
    body = b"".join(tag + struct.pack(">I", len(data)) + data + b"\0" * (len(data) & 1) for tag, data in chunks)
    return sorted(read_chunks(b"FORM" + struct.pack(">I", len(body) + 4) + b"ILBM" + body))
