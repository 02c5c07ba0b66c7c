"""BMP decoder: 8-bit images carry a colour table of BGRX quads after the
40-byte info header. `read_palette` unpacks it into (r, g, b) tuples and
looks the table's CRC-32 up in `known`, a caller-supplied library of stock
palettes (an empty dict by default), with .get, so a stock palette comes back
shared and anything else as the freshly parsed list; `known` is only read."""
import itertools
import struct
import zlib

INFO = struct.Struct("<IiiHHIIiiII")
_scans = itertools.count()


def read_palette(blob, known={}):  # expect: HL101 refuted
    header = INFO.unpack_from(blob, 0)
    colors = header[9] or 1 << header[4]
    raw = blob[INFO.size:INFO.size + 4 * colors]
    palette = [(r, g, b) for b, g, r, _ in struct.iter_unpack("<4B", raw)]
    return known.get(zlib.crc32(raw), palette)


def scenario():
    n = next(_scans)
    quads = [struct.pack("<I", n)[:3] + b"\0"]
    quads += [struct.pack("<4B", c, 255 - c, c * 3 % 256, 0) for c in range(0, 240, 16)]
    info = INFO.pack(INFO.size, 4, 4, 1, 8, 0, 16, 2835, 2835, len(quads), 0)
    palette = read_palette(info + b"".join(quads))
    return "#%02x%02x%02x" % min(palette, key=sum)
