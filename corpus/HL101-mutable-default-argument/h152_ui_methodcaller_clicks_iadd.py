"""UI event routing: an event named "click" is delivered to every widget
with operator.methodcaller("on_" + name, event). The toolbar keeps a
breadcrumb of clicked targets in a list default and extends it in place
with `+=`, so every click target ever seen stays in the shared list."""
import itertools
import operator

_events = itertools.count()


class Toolbar:
    def on_click(self, event, _trail=[]):  # expect: HL101 confirmed
        _trail += [event["target"]]
        return " > ".join(_trail[-3:])

    def on_hover(self, event):
        return event["target"]


def deliver(widgets, name, event):
    notify = operator.methodcaller("on_" + name, event)
    return [notify(widget) for widget in widgets]


def scenario():
    n = next(_events)
    widgets = [Toolbar(), Toolbar()]
    deliver(widgets, "hover", {"target": f"button-{n}"})
    return deliver(widgets, "click", {"target": f"menu/item-{n}/open"})
