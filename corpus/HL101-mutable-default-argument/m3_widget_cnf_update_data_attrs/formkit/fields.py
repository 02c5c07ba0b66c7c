"""Concrete fields built on formkit.base.Widget."""
from .base import Widget


class TextInput(Widget):
    def __init__(self, master=None, cnf={}, **kw):  # expect: HL101 confirmed
        Widget.__init__(self, master, cnf, kw)
