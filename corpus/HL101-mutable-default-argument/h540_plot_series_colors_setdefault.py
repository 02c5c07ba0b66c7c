"""Plotting helper in the style of a charting library: scatter() takes an
enum marker style, a namedtuple size and a colour map from series label to
colour. Labels without a colour are assigned the next palette colour and
remembered, so each new series label is stored in the shared default map."""
import collections
import enum
import itertools

_ids = itertools.count()
_PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728")

Size = collections.namedtuple("Size", "width height")


class Marker(enum.Enum):
    CIRCLE = "o"
    SQUARE = "s"


def scatter(label, xs, ys, marker=Marker.CIRCLE, size=Size(4, 4), colors={}):  # expect: HL101 confirmed
    color = colors.setdefault(label, _PALETTE[len(colors) % len(_PALETTE)])
    points = [(x, y) for x, y in zip(xs, ys) if y is not None]
    return {"label": label, "color": color, "marker": marker.value,
            "size": size.width * size.height, "points": points}


def scenario():
    n = next(_ids)
    return scatter(f"run {n}", [0, 1, 2], [n, None, n + 2])
