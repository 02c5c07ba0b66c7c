"""Dashboard widgets: Widget.layout is a cached_property; computing it also
registers the widget with the refresh scheduler, a WeakKeyDictionary default
keyed by widget. The value stored is the widget's bound `render` method, which
holds the widget strongly, so the weak key never dies and every widget stays."""
import itertools
import weakref
from functools import cached_property

_ids = itertools.count()


class Widget:
    def __init__(self, title, rows, registry=weakref.WeakKeyDictionary()):  # expect: HL101 confirmed
        self.title = title
        self.rows = rows
        self._registry = registry

    @cached_property
    def layout(self):
        height = 2 + len(self.rows)
        self._registry[self] = self.render
        return {"title": self.title, "height": height}

    def render(self):
        return "\n".join([self.title] + [str(r) for r in self.rows])


def scenario():
    n = next(_ids)
    widget = Widget(f"Orders {n}", list(range(n % 5 + 1)))
    return widget.layout["height"]
