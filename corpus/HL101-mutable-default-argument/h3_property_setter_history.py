"""Product model: the price setter keeps an audit trail of prices in a default list."""
import itertools


class Product:
    def __init__(self, sku, price):
        self.sku = sku
        self._price = price

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, value, _audit=[]):  # expect: HL101 confirmed
        _audit.append((self.sku, self._price, value))
        self._price = value


_skus = itertools.count()


def scenario():
    n = next(_skus)
    product = Product(f"sku-{n}", 100 + n)
    product.price = product.price * 0.9
