"""UI toolkit: a Panel hands its default tag list to Component, and matches() only reads it."""
import itertools


class Component:
    def __init__(self, name, tags):
        self.name = name
        self.tags = tags

    def css_classes(self):
        return " ".join(["component", *self.tags])


class Panel(Component):
    def __init__(self, name, tags=[]):  # expect: HL101 refuted
        super().__init__(name, tags)

    def matches(self, tag):
        return tag in self.tags


_panels = itertools.count()


def scenario():
    n = next(_panels)
    panel = Panel(f"sidebar-{n}")
    return panel.matches(f"highlight-{n}"), panel.css_classes()
