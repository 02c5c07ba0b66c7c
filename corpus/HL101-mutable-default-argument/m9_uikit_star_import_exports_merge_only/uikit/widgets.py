"""Widgets build their Tk command line from the merged options."""


def option_args(cnf):
    """Tk-style argument list for cnf (a fresh list on every call)."""
    args = []
    for key, value in cnf.items():
        args += [f"-{key}", value]
    return args


from .options import *  # noqa: E402,F403  merge_options and the other shared helpers


class Button:
    widget_class = "button"

    def __init__(self, master, cnf=None, **kw):
        self.master = master
        self.cnf = merge_options(cnf, kw)
        self.args = option_args(self.cnf)

    def command_line(self):
        return [self.widget_class, self.master, *self.args]
