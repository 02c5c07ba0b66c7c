"""Plotting helper in the style of a charting library: scatter() takes an
enum marker style, a namedtuple size and a colour map from series label to
colour. Labels without a colour fall back to a palette colour chosen from
the label; the shared default map is only read, never written."""
import collections
import enum
import itertools
import zlib

_ids = itertools.count()
_PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728")

Size = collections.namedtuple("Size", "width height")


class Marker(enum.Enum):
    CIRCLE = "o"
    SQUARE = "s"


def scatter(label, xs, ys, marker=Marker.CIRCLE, size=Size(4, 4), colors={}):  # expect: HL101 refuted
    color = colors.get(label, _PALETTE[zlib.crc32(label.encode()) % len(_PALETTE)])
    points = [(x, y) for x, y in zip(xs, ys) if y is not None]
    return {"label": label, "color": color, "marker": marker.value,
            "size": size.width * size.height, "points": points}


def scenario():
    n = next(_ids)
    return scatter(f"run {n}", [0, 1, 2], [n, None, n + 2])
