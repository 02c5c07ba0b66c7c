"""Panel: a container widget that lays out its children in a row."""
from . import base


class Panel(base.Widget):
    def __init__(self, name, gap=4):
        super().__init__(name, style={"display": "flex"})
        self.gap = gap

    def add(self, child):
        self.children.append(child)
        return self

    def width(self):
        widths = [child.width for child in self.children]
        return sum(widths) + self.gap * max(len(widths) - 1, 0)
