"""Leaf controls: they keep the base __init__ and never get children."""
from .widget import Widget


class Label(Widget):
    def __init__(self, text):
        super().__init__(text)
        self.text = text
