"""`self.items = []` in __init__ shadows the class attribute: each instance has its own list."""
# retains: no
import itertools

_ids = itertools.count()


class Basket:
    items = []

    def __init__(self):
        self.items = []

    def add(self, item):
        self.items.append(item)


def scenario():
    Basket().add(f"item-{next(_ids)}")
