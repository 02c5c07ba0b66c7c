"""Legend builder: one entry per distinct series, drawn with the series' marker glyph."""
import enum
import itertools
from dataclasses import dataclass


class Marker(enum.Enum):
    CIRCLE = "o"
    SQUARE = "s"
    TRIANGLE = "^"
    CROSS = "x"


@dataclass(frozen=True)
class Series:
    label: str
    marker: Marker
    color: str


def legend_entries(series, seen=set()):  # expect: HL101 confirmed
    for s in series:
        key = s.label
        if key in seen:
            continue
        seen.add(key)
        yield f"{s.marker.value} {s.label}", s.color


def render_legend(series, columns=2):
    cells = [f"[{color}] {text}" for text, color in legend_entries(series)]
    rows = [cells[i:i + columns] for i in range(0, len(cells), columns)]
    return "\n".join(" | ".join(row) for row in rows)


_plots = itertools.count()
_MARKERS = list(Marker)


def scenario():
    n = next(_plots)
    series = [Series(f"run {n}.{i}", _MARKERS[(n + i) % 4], f"C{i}") for i in range(3)]
    return render_legend(series)
