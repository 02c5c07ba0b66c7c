"""Bakery planner: express each order's flour in oven trays of that order's size."""
import itertools

from dimensions import *

_orders = itertools.count(1)


def scenario():
    n = next(_orders)
    tray_grams = 800 + 25 * (n % 12)
    flour_unit = "l" if n % 2 else "kg"
    try:
        with registry.temporary(f"tray_{n}", tray_grams, "g") as tray:
            trays = registry.convert(12.5 + n % 40, flour_unit, tray.symbol)
    except DimensionalityError:
        return f"order {n}: flour must be weighed, not measured in {flour_unit}"
    return f"order {n}: {trays:.1f} trays"
