"""Label widget: a line of text with CSS classes and a tooltip."""
from .widget import Widget


class Label(Widget):
    tag = "span"

    def __init__(self, text, parent=None, title=""):
        super().__init__(parent)
        self.text = text
        self.title = title

    def add_class(self, name):
        self.options.setdefault("classes", []).append(name)

    def render(self):
        classes = " ".join(self.cget("classes", ()))
        inner = f'<i title="{self.title}"></i>{self.text}' if self.title else self.text
        return f'<div class="{classes}">' + super().render(inner) + "</div>"
