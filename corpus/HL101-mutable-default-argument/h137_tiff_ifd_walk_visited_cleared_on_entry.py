"""Multi-page TIFF scans: pages are a chain of IFDs (entry count, 12-byte
entries, offset of the next IFD). `find_page_with` follows the chain to the
first IFD carrying a tag, with a `visited` set default of absolute offsets in
the spool file guarding against loops in corrupt files. The set is emptied
on entry, so the early return on a match leaves at most one file's offsets."""
import itertools
import struct

_spool = itertools.count()


def find_page_with(blob, base, tag, visited=set()):  # expect: HL101 refuted
    visited.clear()
    order = "<" if blob[:2] == b"II" else ">"
    offset, page = struct.unpack_from(order + "I", blob, 4)[0], 0
    while offset and base + offset not in visited:
        visited.add(base + offset)
        count = struct.unpack_from(order + "H", blob, offset)[0]
        if tag in {struct.unpack_from(order + "H", blob, offset + 2 + 12 * i)[0] for i in range(count)}:
            return page
        offset = struct.unpack_from(order + "I", blob, offset + 2 + 12 * count)[0]
        page += 1
    return None


def _ifd(tags, next_offset):
    return struct.pack("<H", len(tags)) + b"".join(struct.pack("<HHII", t, 3, 1, v) for t, v in tags) + struct.pack("<I", next_offset)


def scenario():
    n = next(_spool)
    first = _ifd([(256, 64 + n % 32), (257, 48)], 8 + 2 + 24 + 4)
    blob = b"II*\0" + struct.pack("<I", 8) + first + _ifd([(256, 32), (270, n)], 0)
    return find_page_with(blob, n * 65536, 270)
