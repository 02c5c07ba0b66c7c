"""Font loader: the sfnt table directory is unpacked with struct into
dataclass records typed by tag and dispatched with isinstance. `size_stats`
keeps per-kind diagnostics in a defaultdict(list) default: only three kinds
exist, but each list collects every table length of every font loaded."""
import collections
import dataclasses
import itertools
import struct

_fonts = itertools.count()


@dataclasses.dataclass
class Table:
    tag: str
    checksum: int
    offset: int
    length: int


class GlyphTable(Table): pass
class MetricsTable(Table): pass


KINDS = {"glyf": GlyphTable, "loca": GlyphTable, "hmtx": MetricsTable, "hhea": MetricsTable}


def size_stats(tables, stats=collections.defaultdict(list)):  # expect: HL101 confirmed
    for t in tables:
        kind = "glyph" if isinstance(t, GlyphTable) else "metrics" if isinstance(t, MetricsTable) else "other"
        stats[kind].append(t.length)
    return {kind: max(lengths) for kind, lengths in stats.items()}


def scenario():
    n = next(_fonts)
    recs = [struct.pack(">4sIII", tag, 0, 12 + 16 * i, 100 * i + n) for i, tag in enumerate([b"cmap", b"glyf", b"hmtx", b"loca"])]
    raw = struct.pack(">IHHHH", 0x10000, len(recs), 64, 2, 0) + b"".join(recs)
    tables = [KINDS.get(t.decode(), Table)(t.decode(), *rest) for t, *rest in struct.iter_unpack(">4sIII", raw[12:])]
    return size_stats(tables)["glyph"]
