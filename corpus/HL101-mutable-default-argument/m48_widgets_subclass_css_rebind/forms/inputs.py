"""Concrete inputs used by the checkout and account forms."""
from .widgets import Widget


class TextInput(Widget):
    def __init__(self, name, *, required=False):
        super().__init__(name, required=required)
        self.css_classes = [*self.css_classes, f"field-{name}"]


class EmailInput(TextInput, css=["form-control", "input-email"]):
    input_type = "email"


class NumberInput(Widget):
    input_type = "number"
