from .base import Widget


class Label(Widget):
    kind = "label"

    def __init__(self, name, text):
        super().__init__(name, [])
        self.text = text

    def render(self):
        return f"<label>{self.text}</label>"


class Panel(Widget):
    kind = "panel"

    def __init__(self, name, children=None):
        super().__init__(name, list(children or ()))


class Toolbar(Widget):
    kind = "toolbar"
