"""Tk-style widget wrapper: options arrive as a cnf dict and/or keywords."""
import itertools

_rows = itertools.count()


def _cnfmerge(cnfs):
    merged = cnfs[0]
    for cnf in cnfs[1:]:
        if cnf:
            merged.update(cnf)
    return merged


class Widget:
    _defaults = (("relief", "flat"), ("borderwidth", 1))

    def __init__(self, master, name):
        self.master = master
        self.name = name
        self.options = dict(self._defaults)
        self.data = {}

    def configure(self, cnf={}, **kw):  # expect: HL101 confirmed
        if kw:
            cnf = _cnfmerge((cnf, kw))
        for key, value in cnf.items():
            if key.startswith("data_"):
                self.data[key[5:]] = value
            elif not key.startswith("_"):
                self.options[key.rstrip("_")] = value
        return self.options

    config = configure


def scenario():
    n = next(_rows)
    row = Widget(None, f"row{n}")
    row.configure(text=f"Row {n}", **{f"data_{n}": n})
    row.config({"relief": "raised", "_internal": True})
    return row.options, row.data
