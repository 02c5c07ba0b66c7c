"""Widget base class: option dicts are merged into a new dict, the tkinter _cnfmerge way."""


def _cnfmerge(cnfs):
    if isinstance(cnfs, dict):
        return cnfs
    merged = {}
    for c in cnfs:
        if c:
            merged.update(c)
    return merged


class BaseWidget:
    def __init__(self, master, widget_name, cnf={}, kw=None):  # expect: HL101 refuted
        if kw:
            cnf = _cnfmerge((cnf, kw))
        self.master = master
        self.widget_name = widget_name
        self.options = dict(cnf)
        self.children = {}
        if master is not None:
            name = self.options.get("name", f"!{widget_name}{len(master.children) + 1}")
            master.children[name] = self
