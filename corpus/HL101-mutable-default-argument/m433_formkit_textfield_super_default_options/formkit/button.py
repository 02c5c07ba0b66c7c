from .base import Widget


class Button(Widget):
    """A submit button; every button starts from its own option dict."""

    tag = "button"

    def __init__(self, name, label):
        super().__init__(name, {"type": "submit"})
        self.set_option("value", label)
        self.add_class("btn")
        self.add_class("btn-primary")
