"""Models: a typed-field descriptor keeps per-instance values in a dict shared through its default."""
import itertools


class Typed:
    def __init__(self, kind, store={}):  # expect: HL101 confirmed
        self.kind = kind
        self.store = store

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return self.store[(obj, self.name)]

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(self.name)
        self.store[(obj, self.name)] = value


class Product:
    sku = Typed(str)
    price = Typed(int)

    def __init__(self, sku, price):
        self.sku = sku
        self.price = price


_items = itertools.count()


def scenario():
    n = next(_items)
    return Product(f"SKU-{n}", n % 90).price
