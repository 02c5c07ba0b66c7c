"""SVG shapes: draw() hands its style mapping down to the helpers that assemble the element."""
import itertools
from xml.sax.saxutils import quoteattr


class Shape:
    tag = "path"

    def __init__(self, shape_id, **geometry):
        self.shape_id = shape_id
        self.geometry = geometry

    def _with_class(self, style):
        style.setdefault("class", []).append(f"{self.tag}-{self.shape_id}")
        return style

    def _attributes(self, style):
        parts = [f"{key}={quoteattr(str(value))}" for key, value in self.geometry.items()]
        for key, value in style.items():
            if isinstance(value, list):
                value = " ".join(value)
            parts.append(f"{key}={quoteattr(str(value))}")
        return " ".join(parts)

    def draw(self, style={"fill": "none", "stroke": "#333333"}):  # expect: HL101 confirmed
        return f"<{self.tag} {self._attributes(self._with_class(style))}/>"


class Circle(Shape):
    tag = "circle"


class Rect(Shape):
    tag = "rect"


_marks = itertools.count()


def scenario():
    n = next(_marks)
    dot = Circle(n, cx=n % 640, cy=n % 480, r=3)
    box = Rect(n, x=0, y=n % 480, width=40, height=12)
    return dot.draw() + box.draw({"fill": "#eeeeee"})
