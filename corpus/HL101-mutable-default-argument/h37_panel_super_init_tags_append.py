"""UI toolkit: a Panel hands its default tag list to Component, and mark() appends to it."""
import itertools


class Component:
    def __init__(self, name, tags):
        self.name = name
        self.tags = tags

    def css_classes(self):
        return " ".join(["component", *self.tags])


class Panel(Component):
    def __init__(self, name, tags=[]):  # expect: HL101 confirmed
        super().__init__(name, tags)

    def mark(self, tag):
        self.tags.append(tag)
        return self


_panels = itertools.count()


def scenario():
    n = next(_panels)
    panel = Panel(f"sidebar-{n}")
    return panel.mark(f"highlight-{n}").css_classes()
