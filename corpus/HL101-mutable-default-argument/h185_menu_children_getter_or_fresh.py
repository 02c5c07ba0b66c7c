"""Desktop UI: a `MenuItem` holds its submenu entries, exposed through
`get_children()`. The constructor stores `children or []`; the default list
is empty and therefore falsy, so every item built without children gets a
fresh list of its own. The "Open Recent" menu appends to that per-item list
and the default is never touched."""
import itertools

_docs = itertools.count()


class MenuItem:
    def __init__(self, label, children=[]):  # expect: HL101 refuted
        self.label = label
        self._children = children or []

    def get_children(self):
        return self._children

    def __repr__(self):
        return f"MenuItem({self.label!r}, {len(self._children)} children)"


def build_recent_menu(path):
    recent = MenuItem("Open Recent")
    recent.get_children().append(MenuItem(path))
    return repr(recent)


def scenario():
    n = next(_docs)
    return build_recent_menu(f"/home/user/drafts/chapter-{n}.md")
