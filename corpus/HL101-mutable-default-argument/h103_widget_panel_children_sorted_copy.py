"""Widget tree without a GUI: Container exposes its children via a property
and Panel adds to it through `super().add`. The constructor sorts children by
stacking order into a new list, so the default list is only ever read."""
import itertools

_ids = itertools.count()


class Widget:
    def __init__(self, name, z=0):
        self.name, self.z, self.parent = name, z, None


class Container(Widget):
    def __init__(self, name, children=[], z=0):  # expect: HL101 refuted
        super().__init__(name, z)
        self._children = sorted(children, key=lambda w: w.z)

    @property
    def children(self):
        return self._children

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


class Panel(Container):
    def add(self, child):
        child.z = len(self.children)
        return super().add(child)


def scenario():
    n = next(_ids)
    panel = Panel("panel%d" % n)
    panel.add(Widget("label%d" % n))
    panel.add(Widget("button%d" % n))
    return [w.name for w in panel.children if w.parent is panel]
