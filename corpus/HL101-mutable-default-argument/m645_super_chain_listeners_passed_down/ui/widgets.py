from .base import Component
from .mixins import ObservableMixin


class Button(ObservableMixin, Component):
    """A button; its __init__ passes its own fresh listeners list down the chain."""

    def __init__(self, *, label, **kwargs):
        super().__init__(listeners=[], **kwargs)
        self.label = label
        self.subscribe(self.on_click)

    def on_click(self, event):
        return f"{self.name}:{event}"

    def click(self):
        return len(self.emit("click")[-1])
