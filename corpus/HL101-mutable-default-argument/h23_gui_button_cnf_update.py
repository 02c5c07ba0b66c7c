"""Tk-style widget toolkit: options come as a cnf dict and/or keywords; commands are registered per widget."""
import itertools


class Widget:
    _serial = itertools.count()

    def __init__(self, master=None, cnf={}, **kw):  # expect: HL101 confirmed
        cnf.update(kw)
        self.master = master
        self._w = f"{master._w if master else ''}.!{type(self).__name__.lower()}{next(self._serial)}"
        self.options = cnf
        if "command" in cnf:
            cnf.setdefault("_tclcommands", []).append(f"{self._w}.command")

    def cget(self, key):
        return self.options.get(key)


class Button(Widget):
    def invoke(self):
        return self.options["command"]()


root = Widget()
_clicks = itertools.count()


def scenario():
    n = next(_clicks)
    button = Button(root, text=f"Save {n}", command=lambda: n * 2)
    return button.invoke() + len(button.cget("text"))
