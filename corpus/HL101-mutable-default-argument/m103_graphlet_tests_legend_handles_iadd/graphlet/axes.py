from .legend import Legend


class Line:
    def __init__(self, ys, label=None, color="C0"):
        self.ys = list(ys)
        self.label = label
        self.color = color


class Axes:
    def __init__(self, name):
        self.name = name
        self.lines = []
        self.legend_ = None

    def plot(self, ys, label=None, **props):
        line = Line(ys, label=label, **props)
        self.lines.append(line)
        return line

    def legend(self, **kwargs):
        self.legend_ = Legend(self, **kwargs)
        return self.legend_
