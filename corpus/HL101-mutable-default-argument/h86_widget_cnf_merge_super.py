"""Tk-style widget toolkit: option dicts and keyword options are merged into a fresh widget config."""
import itertools


def _cnfmerge(*sources):
    merged = {}
    for source in sources:
        merged.update({key.rstrip("_"): value for key, value in source.items()})
    return merged


class Widget:
    _ids = itertools.count()

    def __init__(self, master=None, widget_name="widget", cnf={}, **kw):  # expect: HL101 refuted
        self.master = master
        self.path = f"{getattr(master, 'path', '')}.{widget_name}{next(self._ids)}"
        self.config = _cnfmerge(cnf, kw)


class Button(Widget):
    def __init__(self, master=None, cnf={}, **kw):  # expect: HL101 refuted
        kw.setdefault("relief", "raised")
        super().__init__(master, "button", cnf, **kw)


_dialogs = itertools.count()


def scenario():
    n = next(_dialogs)
    frame = Widget(None, "frame", {"padx": n % 8})
    ok = Button(frame, text=f"Save #{n}", command=lambda: n, class_="Primary")
    return ok.path, sorted(ok.config)
