"""Navigation menus: `add_item` makes a menu item under a parent menu, which
is the main menu unless one is given. A new item only keeps a reference to
its parent, to build its breadcrumb path."""
import itertools

_ids = itertools.count()


class Menu:
    def __init__(self, title):
        self.title = title
        self.children = []

    def path(self):
        return self.title


class MenuItem:
    def __init__(self, label, parent):
        self.label = label
        self.parent = parent

    def path(self):
        return f"{self.parent.path()} > {self.label}"


def add_item(label, parent=Menu("Main")):  # expect: HL101 refuted
    return MenuItem(label, parent).path()


def scenario():
    n = next(_ids)
    return add_item(f"Report {n}")
