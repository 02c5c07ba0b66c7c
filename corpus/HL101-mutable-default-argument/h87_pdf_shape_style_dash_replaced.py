"""PDF shapes: shapes share a default StrokeStyle; dashed() replaces its dash array with the scaled segments."""
import itertools


class StrokeStyle:
    def __init__(self, width=1.0, dash=None, phase=0):
        self.width = width
        self.dash = list(dash or ())
        self.phase = phase

    def pdf_ops(self):
        return f"{self.width:g} w [{' '.join(f'{d:g}' for d in self.dash)}] {self.phase} d"


class Shape:
    def __init__(self, style=StrokeStyle()):  # expect: HL101 refuted
        self.style = style

    def dashed(self, *segments):
        self.style.dash[:] = [float(s) * self.style.width for s in segments]
        return self


class Rect(Shape):
    def __init__(self, x, y, w, h, **kwargs):
        super().__init__(**kwargs)
        self.x, self.y, self.w, self.h = x, y, w, h

    def pdf_ops(self):
        return f"q {self.style.pdf_ops()}\n{self.x:g} {self.y:g} {self.w:g} {self.h:g} re S Q"


_boxes = itertools.count()


def scenario():
    n = next(_boxes)
    solid = Rect(10, 10, 200, 100, style=StrokeStyle(width=0.5))
    callout = Rect(20 + n % 300, 40, 120, 30).dashed(3 + n % 5, 2)
    return solid.pdf_ops() + "\n" + callout.pdf_ops()
