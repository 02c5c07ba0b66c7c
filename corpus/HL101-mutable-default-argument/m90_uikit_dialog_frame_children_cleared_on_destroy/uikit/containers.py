"""Frames hold other widgets; leaves start with no children."""
from .base import Widget


class Frame(Widget):
    widget_name = "frame"

    def __init__(self, master=None, children=[], **kw):  # expect: HL101 refuted
        super().__init__(master, children, kw)


class Label(Widget):
    widget_name = "label"

    def __init__(self, master=None, **kw):
        Widget.__init__(self, master, [], kw)


class Button(Label):
    widget_name = "button"
