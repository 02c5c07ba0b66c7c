from .base import Widget


class TextField(Widget):
    """A single-line text input, styled per field name."""

    tag = "input"

    def __init__(self, name, placeholder=""):
        super().__init__(name, {})
        self.set_option("type", "text")
        self.set_option("placeholder", placeholder)
        self.add_class(f"field-{name}")
