"""Path stroking: each call works on a copy of the line style before adding its dash pattern."""
import copy
import itertools


class LineStyle:
    def __init__(self, width=1.0, color="black", cap="butt"):
        self.width = width
        self.color = color
        self.cap = cap
        self.dashes = ()

    def svg_attributes(self):
        attrs = {"stroke": self.color, "stroke-width": f"{self.width:g}", "stroke-linecap": self.cap}
        if self.dashes:
            attrs["stroke-dasharray"] = ",".join(f"{d:g}" for d in self.dashes)
        return attrs


def stroke_path(points, pattern=(), width=None, style=LineStyle()):  # expect: HL101 refuted
    style = copy.copy(style)
    if width is not None:
        style.width = width
    style.dashes += tuple(d * style.width for d in pattern)
    d = "M" + " L".join(f"{x},{y}" for x, y in points)
    attrs = " ".join(f'{k}="{v}"' for k, v in style.svg_attributes().items())
    return f'<path d="{d}" {attrs}/>'


_paths = itertools.count()


def scenario():
    n = next(_paths)
    pts = [(0, n % 100), (10, n % 37), (20, n % 61)]
    return stroke_path(pts, pattern=(4, 2, 1, 2), width=1.0 + n % 4 / 2)
