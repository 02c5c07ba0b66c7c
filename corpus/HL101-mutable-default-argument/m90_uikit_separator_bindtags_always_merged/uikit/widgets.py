"""Concrete widgets; each takes an options dict and/or keyword options."""
from .base import BaseWidget

__all__ = ["Button", "Frame", "Label", "Separator"]


class Frame(BaseWidget):
    widget_name = "frame"

    def __init__(self, master=None, cnf={}, **kw):  # expect: HL101 refuted
        BaseWidget.__init__(self, master, cnf, kw)


class Label(BaseWidget):
    widget_name = "label"

    def __init__(self, master=None, cnf={}, **kw):  # expect: HL101 refuted
        BaseWidget.__init__(self, master, cnf, kw)


class Button(BaseWidget):
    widget_name = "button"

    def __init__(self, master=None, cnf={}, **kw):  # expect: HL101 refuted
        super().__init__(master, cnf, kw)

    def invoke(self):
        command = self.cnf.get("command")
        return command() if command else None


class Separator(BaseWidget):
    widget_name = "separator"

    def __init__(self, master=None, cnf={}, **kw):  # expect: HL101 refuted
        super().__init__(master, cnf, kw)
