"""Desktop UI: a `MenuItem` holds its submenu entries, exposed through
`get_children()`. The constructor uses the `is not None` idiom but the
parameter still defaults to `[]`, so an item built without children keeps
the shared default list; the "Open Recent" menu appends a new entry to it
every time a document is opened, and every entry stays reachable."""
import itertools

_docs = itertools.count()


class MenuItem:
    def __init__(self, label, children=[]):  # expect: HL101 confirmed
        self.label = label
        self._children = children if children is not None else []

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
