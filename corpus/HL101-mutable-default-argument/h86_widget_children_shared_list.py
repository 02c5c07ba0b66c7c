"""Widget tree: every widget keeps its children so destroy() can tear the subtree down."""
import itertools


class Widget:
    def __init__(self, parent=None, name="w", children=[]):  # expect: HL101 confirmed
        self.parent = parent
        self.name = name
        self.children = children
        if parent is not None:
            parent.children.append(self)

    @property
    def path(self):
        return (self.parent.path if self.parent else "") + "." + self.name

    def destroy(self):
        for child in list(self.children):
            if child.parent is self:
                child.destroy()
        self.parent = None


_windows = itertools.count()


def scenario():
    n = next(_windows)
    top = Widget(None, f"toplevel{n}")
    form = Widget(top, "form")
    label = Widget(form, f"label{n % 5}")
    Widget(form, "entry")
    path = label.path
    top.destroy()
    return path
