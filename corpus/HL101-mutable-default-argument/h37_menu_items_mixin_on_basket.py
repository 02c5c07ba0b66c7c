"""Navigation: ItemsMixin.add() appends to self.items, but only Basket uses it; Menu only renders its default items."""
import itertools


class ItemsMixin:
    def add(self, item):
        self.items.append(item)
        return len(self.items)


class MenuBase:
    def __init__(self, items=["home", "docs", "about"]):  # expect: HL101 refuted
        self.items = items

    def render(self):
        return " / ".join(self.items)


class Basket(ItemsMixin):
    def __init__(self):
        self.items = []


class Menu(MenuBase):
    pass


_pages = itertools.count()


def scenario():
    n = next(_pages)
    basket = Basket()
    basket.add(f"page-{n}")
    return Menu().render(), len(basket.items)
