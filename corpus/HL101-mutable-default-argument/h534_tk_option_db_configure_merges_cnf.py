"""GUI toolkit shim in the style of tkinter: configure(cnf={}, **kw) merges
the keyword options into cnf and applies the result. Dialogs set per-widget
colours through option patterns named after the widget path, and the merge
writes each pattern into the cnf default shared by every call."""
import itertools

_ids = itertools.count()


class OptionDatabase:
    def __init__(self):
        self.applied = 0

    def configure(self, cnf={}, **kw):  # expect: HL101 confirmed
        if kw:
            cnf.update(kw)
        for pattern, value in cnf.items():
            if pattern.endswith(".background") and not value.startswith("#"):
                raise ValueError(f"bad colour for {pattern}: {value}")
        self.applied += len(kw)
        return self.applied


def open_dialog(path):
    db = OptionDatabase()
    db.configure(**{f"{path}.background": "#eeeeee", f"{path}.ok.background": "#4caf50"})
    return db.applied


def scenario():
    return open_dialog(f".!toplevel{next(_ids)}")
