"""Warehouse receiving (dataclasses): StockLine.__post_init__ normalises the
fields parsed from a delivery note and interns repeated strings through the
_intern() staticmethod, whose `_pool={}` default maps each value to its one
shared copy. Only the unit is interned: there are a handful of them, so the
pool stays at three entries while the SKUs, new on every line, are just
normalised and go away with their StockLine."""
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
        self.sku = self.sku.strip().upper()
        self.qty = int(self.qty)
        self.unit = self._intern(self.unit.strip().lower())

    @staticmethod
    def _intern(value, _pool={}):  # expect: HL101 refuted
        return _pool.setdefault(value, value)


def receive(note):
    return [StockLine(*row.split(";")) for row in note.splitlines()]


def scenario():
    n = next(_receipts)
    lines = receive(f" sku-{n} ;{n % 12 + 1};{UNITS[n % 3]}\nbolt-m{n % 9};40;box")
    return sum(line.qty for line in lines), lines[0].sku, lines[0].unit
