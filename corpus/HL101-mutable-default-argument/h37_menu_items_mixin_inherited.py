"""Navigation: Menu mixes in ItemsMixin, whose add() appends to the default item list kept by MenuBase."""
import itertools


class ItemsMixin:
    def add(self, item):
        self.items.append(item)
        return len(self.items)


class MenuBase:
    def __init__(self, items=["home", "docs", "about"]):  # expect: HL101 confirmed
        self.items = items

    def render(self):
        return " / ".join(self.items)


class Basket:
    def __init__(self):
        self.items = []


class Menu(MenuBase, ItemsMixin):
    pass


_pages = itertools.count()


def scenario():
    n = next(_pages)
    menu = Menu()
    menu.add(f"page-{n}")
    return menu.render(), len(Basket().items)
