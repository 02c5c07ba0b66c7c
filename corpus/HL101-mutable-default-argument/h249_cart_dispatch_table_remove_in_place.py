"""Checkout API: Cart applies the commands posted by the storefront ("add",
"remove", "qty") through a dispatch table of bound methods built in __init__.
A cart may be seeded with saved lines; a new cart starts empty."""
import itertools

_sessions = itertools.count()


class Cart:
    def __init__(self, lines=[]):  # expect: HL101 refuted
        self.lines = lines
        self._ops = {"add": self._add, "remove": self._remove, "qty": self._qty}

    def _add(self, sku):
        self.lines.append(sku)

    def _remove(self, sku):
        self.lines[:] = [line for line in self.lines if line != sku]

    def _qty(self, sku):
        return self.lines.count(sku)

    def apply(self, command, sku):
        return self._ops[command](sku)


def scenario():
    n = next(_sessions)
    cart = Cart()
    sku = f"SKU-{n:05d}"
    cart.apply("add", sku)
    cart.apply("add", sku)
    quantity = cart.apply("qty", sku)
    cart.apply("remove", sku)
    return quantity
