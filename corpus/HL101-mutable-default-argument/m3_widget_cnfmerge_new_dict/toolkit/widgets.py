"""Concrete widgets: each passes cnf and its keywords to BaseWidget.__init__."""
from .base import BaseWidget


class Frame(BaseWidget):
    def __init__(self, master=None, cnf={}, **kw):  # expect: HL101 refuted
        BaseWidget.__init__(self, master, "frame", cnf, kw)


class Label(BaseWidget):
    def __init__(self, master=None, cnf={}, **kw):  # expect: HL101 refuted
        super().__init__(master, "label", cnf, kw)


class Button(BaseWidget):
    def __init__(self, master=None, cnf={}, **kw):  # expect: HL101 refuted
        BaseWidget.__init__(self, master, "button", cnf, kw)

    def invoke(self):
        command = self.options.get("command")
        return command() if command else None
