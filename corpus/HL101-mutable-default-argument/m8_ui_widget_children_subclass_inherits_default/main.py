import itertools

from ui import Toolbar
from ui.panels import Label

_screens = itertools.count()


def scenario():
    n = next(_screens)
    bar = Toolbar(f"toolbar-{n}")
    bar.add(Label(f"title-{n}", f"Document {n}"))
    return len(bar.children)
