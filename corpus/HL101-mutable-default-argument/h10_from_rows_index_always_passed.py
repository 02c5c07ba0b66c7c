"""Inventory: a classmethod builds items from rows into an index; every caller here passes its own index."""
import itertools


class Item:
    def __init__(self, sku, qty):
        self.sku = sku
        self.qty = qty

    @classmethod
    def from_rows(cls, rows, index={}):  # expect: HL101 unknown
        for sku, qty in rows:
            index[sku] = cls(sku, qty)
        return index


class Warehouse:
    def __init__(self, name):
        self.name = name
        self.stock = {}

    def load(self, rows):
        Item.from_rows(rows, self.stock)
        return len(self.stock)


_loads = itertools.count()


def scenario():
    n = next(_loads)
    return Warehouse(f"wh{n}").load([(f"SKU-{n}", n % 7), (f"SKU-{n + 1}", 2)])
