"""Fleet dashboard: trip logs arrive in km and hours and are shown in m/s."""
import itertools

import qtylib as units
from qtylib.cache import converter

_trips = itertools.count(1)


def scenario():
    n = next(_trips)
    km, h, m, s = units.lookup("km", "h", "m", "s")
    logged = km / h
    display = m / s
    to_display = converter(logged, display)
    distance_km, hours = 40 + n % 300, 0.5 + (n % 7) / 4
    return f"trip {n}: {to_display(distance_km / hours):.2f} {display.symbol}"
