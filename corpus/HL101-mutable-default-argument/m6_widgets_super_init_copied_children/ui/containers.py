from .base import Widget


class Panel(Widget):
    def __init__(self, name, title=""):
        super().__init__(name, style={"border": "1px solid"})
        self.title = title

    def render(self):
        return f"<h2>{self.title}</h2>" + super().render()


class Label(Widget):
    def __init__(self, name, text):
        super().__init__(name)
        self.text = text

    def render(self):
        return f"<span id={self.name!r}>{self.text}</span>"
