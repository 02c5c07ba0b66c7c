from .artist import Artist


class Line2D(Artist):
    zorder = 2

    def __init__(self, xdata, ydata, **kwargs):
        super().__init__(**kwargs)
        self.xdata = list(xdata)
        self.ydata = list(ydata)

    def draw(self):
        points = " ".join(f"{x:g},{y:g}" for x, y in zip(self.xdata, self.ydata))
        color = self.get("color", "C0")
        width = self.get("linewidth", 1)
        return f'<polyline stroke="{color}" stroke-width="{width}" points="{points}"/>'
