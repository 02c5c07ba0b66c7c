"""Widgets draw themselves given their path in the widget tree (used as a DOM id)."""
from .errors import RenderError


class Widget:
    placeholder = None

    def __init__(self, name, data=None):
        self.name, self.data = name, data


class Label(Widget):
    def draw(self, path):
        return f'<span id="{path}">{self.data}</span>'


class Chart(Widget):
    def draw(self, path):
        if not self.data:
            raise RenderError(f"{path}: no series to plot")
        return f'<svg id="{path}">{len(self.data)} points</svg>'
