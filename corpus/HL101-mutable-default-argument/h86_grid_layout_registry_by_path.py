"""Grid geometry manager: widgets are placed by row/column; per-slave options are remembered for grid_info()."""
import itertools


class Widget:
    _serial = itertools.count()

    def __init__(self, master=None, kind="frame"):
        self.master = master
        self.path = f"{master.path if master else ''}.{kind}{next(self._serial)}"

    def grid(self, **options):
        return grid_configure(self, **options)


def grid_configure(widget, _slaves={}, row=0, column=0, **options):  # expect: HL101 confirmed
    info = {"in": widget.master, "row": row, "column": column, "sticky": "", **options}
    _slaves[widget.path] = info
    return info


_forms = itertools.count()


def scenario():
    n = next(_forms)
    form = Widget(None, "toplevel")
    for row, kind in enumerate(("label", "entry", "button")):
        Widget(form, kind).grid(row=row, column=n % 2, sticky="ew", padx=4)
    return form.path
