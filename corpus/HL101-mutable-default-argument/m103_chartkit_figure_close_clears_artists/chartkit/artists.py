"""Artists drawn on a figure."""


class Artist:
    zorder = 0

    def __init__(self, label=None, **props):
        self.label = label
        self.props = props


class Line(Artist):
    zorder = 2

    def __init__(self, ys, label=None, **props):
        super().__init__(label=label, **props)
        self.ys = list(ys)

    def draw(self):
        points = " ".join(f"{x},{y}" for x, y in enumerate(self.ys))
        return f'<polyline class="{self.label}" points="{points}"/>'
