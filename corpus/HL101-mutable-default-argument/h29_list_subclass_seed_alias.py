"""Shopping cart: a list subclass of line items that also logs every line added to it (for undo)."""
import itertools


class LineItems(list):
    def __init__(self, items=[]):  # expect: HL101 confirmed
        super().__init__(items)
        self._added = items

    def add(self, sku, qty=1):
        if qty <= 0:
            raise ValueError(f"bad quantity for {sku}: {qty}")
        self.append((sku, qty))
        self._added.append((sku, qty))
        return len(self)

    def total(self, prices):
        return sum(prices.get(sku, 0) * qty for sku, qty in self)


_carts = itertools.count()


def scenario():
    n = next(_carts)
    cart = LineItems()
    cart.add(f"sku-{n}", 2)
    cart.add(f"sku-{n + 1}")
    return cart.total({f"sku-{n}": 3, f"sku-{n + 1}": 5})
