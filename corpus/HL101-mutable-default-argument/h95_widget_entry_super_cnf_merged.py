"""Tk-flavoured widget layer: subclasses take a cnf dict plus keywords and forward both to the base, which owns the option store."""
import itertools


class Widget:
    _serial = itertools.count()

    def __init__(self, master, widget_class, cnf, **kw):
        self.options = {**cnf, **kw}
        self.name = f"{master.name if master else ''}.!{widget_class.lower()}{next(self._serial)}"

    def cget(self, key):
        return self.options[key]


class Entry(Widget):
    def __init__(self, master=None, cnf={}, **kw):  # expect: HL101 refuted
        validators = kw.pop("validate", ())
        super().__init__(master, "Entry", cnf, **kw)
        self.options.setdefault("validatecommand", []).extend(validators)

    def validate(self, text):
        return all(check(text) for check in self.options["validatecommand"])


root = Widget(None, "Tk", {})
_ids = itertools.count()


def scenario():
    n = next(_ids)
    limit = 8 + n % 5
    entry = Entry(root, width=limit, textvariable=f"qty{n}", validate=[str.isdigit, lambda s: len(s) <= limit])
    return entry.validate(str(n)), entry.cget("width")
