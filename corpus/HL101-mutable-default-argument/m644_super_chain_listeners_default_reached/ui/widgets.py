from .base import Component
from .mixins import ObservableMixin


class Button(ObservableMixin, Component):
    """A button; its __init__ leaves listeners to the base default."""

    def __init__(self, *, label, **kwargs):
        super().__init__(**kwargs)
        self.label = label
        self.subscribe(self.on_click)

    def on_click(self, event):
        return f"{self.name}:{event}"

    def click(self):
        return len(self.emit("click")[-1])
