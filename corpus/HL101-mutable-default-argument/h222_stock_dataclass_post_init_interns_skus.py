"""Warehouse receiving (dataclasses): StockLine.__post_init__ normalises the
fields parsed from a delivery note and interns repeated strings through the
_intern() staticmethod, whose `_pool={}` default maps each value to its one
shared copy. It interns the unit, one of a handful, but also the SKU, which is
new on every received line, so the pool keeps every SKU ever received."""
import itertools
from dataclasses import dataclass

_receipts = itertools.count()
UNITS = ("PCS", "Kg ", "box")


@dataclass
class StockLine:
    sku: str
    qty: int
    unit: str = "pcs"

    def __post_init__(self):
        self.sku = self._intern(self.sku.strip().upper())
        self.qty = int(self.qty)
        self.unit = self._intern(self.unit.strip().lower())

    @staticmethod
    def _intern(value, _pool={}):  # expect: HL101 confirmed
        return _pool.setdefault(value, value)


def receive(note):
    return [StockLine(*row.split(";")) for row in note.splitlines()]


def scenario():
    n = next(_receipts)
    lines = receive(f" sku-{n} ;{n % 12 + 1};{UNITS[n % 3]}\nbolt-m{n % 9};40;box")
    return sum(line.qty for line in lines), lines[0].sku, lines[0].unit
