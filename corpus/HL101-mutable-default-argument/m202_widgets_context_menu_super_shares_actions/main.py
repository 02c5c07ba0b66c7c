"""File browser: a right click builds a context menu for the clicked row."""
import itertools

from widgets.menus import ContextMenu

_ids = itertools.count()


def scenario():
    n = next(_ids)
    menu = ContextMenu(f"row-{n}")
    menu.add_action("Open", f"open:{n}")
    menu.add_action("Rename", f"rename:{n}")
    return menu.render()
