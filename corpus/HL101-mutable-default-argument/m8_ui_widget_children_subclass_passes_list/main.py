import itertools

from ui import Panel
from ui.panels import Label

_screens = itertools.count()


def scenario():
    n = next(_screens)
    bar = Panel(f"panel-{n}")
    bar.add(Label(f"title-{n}", f"Document {n}"))
    return len(bar.children)
