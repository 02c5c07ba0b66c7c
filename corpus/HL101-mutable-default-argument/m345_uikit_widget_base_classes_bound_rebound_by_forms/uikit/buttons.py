"""Buttons: a widget rendered as <button>."""
from .widgets import Widget


class Button(Widget):
    tag = "button"

    def __init__(self, text, kind="submit"):
        super().__init__(text)
        self.kind = kind
