"""Concrete widgets. A destroyed widget drops all of its handlers."""
from .events import EventMixin


class Widget(EventMixin):
    def __init__(self, parent=None, name=""):
        self.parent = parent
        self.name = name
        self.children = []
        if parent is not None:
            parent.children.append(self)

    def destroy(self):
        for child in self.children:
            child.destroy()
        self.children = []
        self._handlers = {}


class Button(Widget):
    def __init__(self, parent, label):
        super().__init__(parent, label.lower())
        self.label = label

    def click(self):
        self.emit("clicked")


class Dialog(Widget):
    def __init__(self, title):
        super().__init__(None, "dialog")
        self.title = title
        self.result = None
