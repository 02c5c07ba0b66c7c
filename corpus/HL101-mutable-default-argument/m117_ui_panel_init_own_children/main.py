"""Page server: each call renders one panel for a new page."""
import itertools

from ui import *

_pages = itertools.count(1)


def scenario():
    n = next(_pages)
    panel = Panel(f"page{n}", border=n % 3)
    return panel.render(), Label(f"footer{n}").render()
