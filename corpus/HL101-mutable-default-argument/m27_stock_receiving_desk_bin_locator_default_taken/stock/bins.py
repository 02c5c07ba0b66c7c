"""Bin locator: hands out the next free bin, remembering which SKUs took one."""


class BinLocator:
    def __init__(self, aisles=8, shelves=20):
        self.aisles = aisles
        self.shelves = shelves

    def assign(self, sku, taken=[]):  # expect: HL101 confirmed
        slot = len(taken)
        taken.append(sku)
        aisle, shelf = divmod(slot % (self.aisles * self.shelves), self.shelves)
        return f"A{aisle + 1:02d}-S{shelf + 1:02d}"
