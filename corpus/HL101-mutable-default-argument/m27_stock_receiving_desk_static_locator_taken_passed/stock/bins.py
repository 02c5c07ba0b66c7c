"""Bin locator: hands out the next free bin, remembering which SKUs took one."""

AISLES = 8
SHELVES = 20


class BinLocator:
    @staticmethod
    def assign(sku, taken=[]):  # expect: HL101 refuted
        slot = len(taken)
        taken.append(sku)
        aisle, shelf = divmod(slot % (AISLES * SHELVES), SHELVES)
        return f"A{aisle + 1:02d}-S{shelf + 1:02d}"
