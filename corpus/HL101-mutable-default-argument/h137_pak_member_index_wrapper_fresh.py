"""Game asset packs: a PAK file starts with b"PACK", the directory offset and
its length; each 64-byte directory entry is a NUL-padded name, an offset and a
size. `_index` maps member names to memoryview slices into `by_name`. The
legacy loader is a `functools.partial`, but `load_pak` forwards **options and
passes a fresh dict per pack, so the keyword default is never filled."""
import functools
import itertools
import struct

HEADER = struct.Struct("<4sII")
ENTRY = struct.Struct("<56sII")
_levels = itertools.count()


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the tests at lines 17, 21 (heaplint: unknown)
def _index(blob, *, strict=True, by_name={}, **options):  # expect: HL101 refuted
    magic, dir_off, dir_len = HEADER.unpack_from(blob, 0)
    if strict and magic != b"PACK":
        raise ValueError("not a pack: %r" % magic)
    for pos in range(dir_off, dir_off + dir_len, ENTRY.size):
        raw, off, size = ENTRY.unpack_from(blob, pos)
        by_name[raw.rstrip(b"\0").decode(options.get("encoding", "ascii"))] = memoryview(blob)[off:off + size]
    return by_name


def load_pak(blob, **options):
    return _index(blob, strict=True, by_name={}, **options)


load_legacy_pak = functools.partial(_index, strict=False, encoding="latin-1")


def scenario():
    n = next(_levels)
    members = {"maps/e%dm1.bsp" % n: b"BSP\x1e" * 6, "sound/e%d.wav" % n: b"RIFF" * 3}
    body, table, off = b"", b"", HEADER.size
    for name, data in members.items():
        table += ENTRY.pack(name.encode(), off + len(body), len(data))
        body += data
    index = load_pak(HEADER.pack(b"PACK", HEADER.size + len(body), len(table)) + body + table)
    return sorted(index, key=lambda k: len(index[k]))[-1]
