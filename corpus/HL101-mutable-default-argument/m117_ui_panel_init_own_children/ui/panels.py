"""Panel: a bordered box whose populate() hook adds a title label; it sets up its own fields."""
from .controls import Label
from .widget import Widget


class Panel(Widget):
    def __init__(self, name, border=1):
        self.name = name
        self.children = []
        self.border = border

    def populate(self):
        self.add(Label(f"{self.name}-title"))
