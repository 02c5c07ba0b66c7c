__all__ = ["Cart", "make_cart"]


class Cart:
    def __init__(self, owner, lines):
        self.owner = owner
        self.lines = lines

    def add(self, sku, price, qty=1):
        self.lines.append((sku, price, qty))

    def total(self):
        return round(sum(price * qty for _, price, qty in self.lines), 2)

    def empty(self):
        del self.lines[:]


def make_cart(owner, lines=[]):  # expect: HL101 confirmed
    return Cart(owner, lines)
