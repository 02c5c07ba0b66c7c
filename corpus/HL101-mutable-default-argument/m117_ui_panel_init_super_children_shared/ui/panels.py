"""Panel: a bordered box whose populate() hook adds a title label."""
from .controls import Label
from .widget import Widget


class Panel(Widget):
    def __init__(self, name, border=1):
        super().__init__(name)
        self.border = border

    def populate(self):
        self.add(Label(f"{self.name}-title"))
