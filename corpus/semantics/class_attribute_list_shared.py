"""`self.items.append` on a class attribute list mutates the one list shared by all instances."""
# retains: yes
import itertools

_ids = itertools.count()


class Basket:
    items = []

    def add(self, item):
        self.items.append(item)


def scenario():
    Basket().add(f"item-{next(_ids)}")
