"""Entry widget: passes its (default) cnf to gui.core.Widget, which updates it with the keywords."""
from .core import Widget


class Entry(Widget):
    def __init__(self, master=None, cnf={}, **kw):  # expect: HL101 refuted
        Widget.__init__(self, master, "entry", cnf, kw)
